package vn.toadam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import vn.toadam.bench.ProtocolSmoke;
import vn.toadam.support.Browser;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;

/**
 * Keeps the benchmark's browser-less client working: 20 learners' boards over real push WebSockets; each card
 * reaches every board of its group and none of the other groups. Delivery only, never speed. A learner of the first
 * group in Chromium is the check that the client sees what a browser sees.
 */
class ProtocolClientSmokeTest {

    @Test
    void everyCardReachesItsGroupsBoardsAndNoOthers() throws Exception {
        try (RunningApp app = RunningApp.start(TestDataDirs.fresh("smoke-")); Browser chromium = new Browser()) {
            ProtocolSmoke.Result result = ProtocolSmoke.run(app, 20,
                    joinCode -> Journeys.join(chromium, app, joinCode, "Học viên trong Chromium", "Tổ 1"));
            assertThat(result.expectedDeliveries()).isEqualTo(20);
            assertThat(result.deliveries()).isEqualTo(result.expectedDeliveries());
            assertThat(result.leaks()).isZero();

            chromium.until("the first group's card shows in Chromium too",
                    () -> cardTexts(chromium).contains("smoke-card-group-0"));
            assertThat(cardTexts(chromium)).containsExactly("smoke-card-group-0");
        }
    }

    private static List<String> cardTexts(Browser page) {
        return page.all(".card-text").stream().map(WebElement::getText).toList();
    }
}
