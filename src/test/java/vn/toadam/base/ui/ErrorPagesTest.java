package vn.toadam.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.toadam.support.KaribuTest;

/** Unexpected errors: a translated message with an id to find the log entry, never a stack trace. */
class ErrorPagesTest extends KaribuTest {

    @Test
    void aPageThatFailsToOpenShowsATranslatedMessageWithAnId() {
        UI.getCurrent().navigate("test-only/failing-page");
        List<String> texts = _find(Paragraph.class).stream().map(Paragraph::getText).toList();
        assertThat(texts).anyMatch(ErrorPagesTest::isUnexpectedErrorWithId);
        assertThat(String.join(" ", texts)).doesNotContain("boom", "Exception", "secret.internal", "at ");
    }

    @Test
    void anActionThatFailsUnexpectedlyShowsATranslatedMessageWithAnId() {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("boom: secret")));
        List<String> shown = NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "")).toList();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0)).doesNotContain("boom", "secret", "Exception").matches(
                ErrorPagesTest::isUnexpectedErrorWithId);
    }

    /** "Đã có lỗi không mong muốn (mã lỗi 1a2b3c4d). …" with an 8-character id where the message puts it. */
    private static boolean isUnexpectedErrorWithId(String text) {
        String template = vi("error.unexpected", "\u0000");
        int at = template.indexOf('\u0000');
        String prefix = template.substring(0, at);
        String suffix = template.substring(at + 1);
        return text.length() > prefix.length() + suffix.length() && text.startsWith(prefix) && text.endsWith(suffix)
                && text.substring(prefix.length(), text.length() - suffix.length()).matches("[0-9a-f]{8}");
    }
}
