package vn.toadam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.support.Browser;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;

/**
 * A classroom Wi-Fi drops for 30 s: what a learner was typing stays in the field, and a card submitted while the
 * browser was offline is stored exactly once when the connection comes back, and reaches the group.
 */
class OfflineBrowserTest {

    private static final long OFFLINE_MS = 30_000;
    private static final String SENT_OFFLINE = "Gửi lúc mất mạng: chi bộ họp đúng giờ";
    private static final String DRAFT = "Bản nháp đang gõ dở khi mất mạng";

    @Test
    void aCardSentWhileOfflineArrivesOnceAndADraftSurvives() throws Exception {
        try (RunningApp app = RunningApp.start(TestDataDirs.fresh("offline-"));
             Browser an = new Browser(); Browser binh = new Browser()) {
            String code = Journeys.createWorkshopAsTrainer(app);
            Journeys.join(an, app, code, "Nguyễn Văn An", "Tổ 1");
            Journeys.join(binh, app, code, "Trần Thị Bình", "Tổ 1");

            an.type("#composer-text", SENT_OFFLINE);
            binh.type("#composer-text", DRAFT);
            an.offline(true);
            binh.offline(true);
            an.click("#composer-post");
            Thread.sleep(OFFLINE_MS);
            assertThat(cardsWithText(app, SENT_OFFLINE)).as("nothing reached the server while offline").isZero();

            an.offline(false);
            binh.offline(false);
            binh.until("Bình sees the card An sent while offline",
                    () -> binh.cardTexts("ADVANTAGE").contains(SENT_OFFLINE));
            an.until("An's own board shows it once", () -> an.cardTexts("ADVANTAGE").stream()
                    .filter(SENT_OFFLINE::equals).count() == 1);
            assertThat(cardsWithText(app, SENT_OFFLINE)).as("stored exactly once").isEqualTo(1);
            assertThat(binh.waitFor("#composer-text").getAttribute("value")).as("Bình's draft").isEqualTo(DRAFT);

            binh.click("#composer-post");
            an.until("An sees Bình's draft, now posted", () -> an.cardTexts("ADVANTAGE").contains(DRAFT));
            assertThat(cardsWithText(app, DRAFT)).isEqualTo(1);
        }
    }

    private static int cardsWithText(RunningApp app, String text) {
        return app.bean(JdbcTemplate.class).queryForObject("select count(*) from card where text = ?", Integer.class,
                text);
    }
}
