package vn.toadam.synthesis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.board.CardService;
import vn.toadam.board.CardType;
import vn.toadam.security.Role;
import vn.toadam.support.Fixtures;
import vn.toadam.support.KaribuTest;

/** The moderator's suggested themes put cards that say one thing in different words together. */
class ThemesPanelTest extends KaribuTest {

    @Autowired Fixtures fixtures;
    @Autowired CardService cards;
    @Autowired SecurityContextHolderStrategy security;

    @Test
    void paraphrasesOfOneDifficultyBecomeOneTheme() {
        Fixtures.Classroom room = fixtures.classroom();
        cards.post(room.an().id(), CardType.DIFFICULTY, "Thu đảng phí chậm, nhiều đồng chí còn nợ", null, "a1");
        cards.post(room.chi().id(), CardType.DIFFICULTY, "Đảng viên nộp phí không đúng hạn", null, "c1");
        cards.post(room.binh().id(), CardType.DIFFICULTY, "Thư ký ghi biên bản sơ sài", null, "b1");
        cards.post(room.chi().id(), CardType.SOLUTION, "Cử người ghi chép cuộc họp cẩn thận, đủ ý kiến", null, "c2");
        var auth = UsernamePasswordAuthenticationToken.authenticated("trainer", null,
                List.of(new SimpleGrantedAuthority(Role.TRAINER.authority())));
        security.getContext().setAuthentication(auth);
        SecurityContextHolder.getContext().setAuthentication(auth);
        var request = (com.github.mvysny.fakeservlet.FakeRequest) VaadinServletRequest.getCurrent()
                .getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        UI.getCurrent().navigate("moderate/" + room.workshop().id());

        _click(_get(Button.class, spec -> spec.withId("themes-suggest")));

        List<List<String>> themes = _find(Div.class, spec -> spec.withClasses("theme")).stream()
                .map(t -> _find(t, Span.class, spec -> spec.withClasses("theme-card")).stream()
                        .map(s -> s.getText().substring(2)).sorted().toList())
                .toList();
        assertThat(themes).containsExactlyInAnyOrder(
                List.of("Thu đảng phí chậm, nhiều đồng chí còn nợ", "Đảng viên nộp phí không đúng hạn").stream()
                        .sorted().toList(),
                List.of("Cử người ghi chép cuộc họp cẩn thận, đủ ý kiến", "Thư ký ghi biên bản sơ sài").stream()
                        .sorted().toList());
    }
}
