package vn.toadam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.support.Browser;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;
import vn.toadam.workshop.ParticipantRole;
import vn.toadam.workshop.WorkshopService;

/** A learner promoted to moderator loses the moderator's screen at the next request once demoted or removed. */
class PromotedLearnerBrowserTest {

    @Test
    void takingTheRoleBackOrRemovingTheLearnerEndsTheirModeratorRightsAtOnce() {
        try (RunningApp app = RunningApp.start(TestDataDirs.fresh("promoted-learner-"));
             Browser binh = new Browser(); Browser chi = new Browser()) {
            String code = Journeys.createWorkshopAsTrainer(app); // the trainer's real login, with its CSRF token
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            long workshopId = jdbc.queryForObject("select id from workshop where join_code = ?", Long.class, code);
            Journeys.join(binh, app, code, "Trần Thị Bình", "Tổ 1");
            Journeys.join(chi, app, code, "Lê Văn Chi", "Tổ 2");
            long binhId = participant(jdbc, "Trần Thị Bình");
            long chiId = participant(jdbc, "Lê Văn Chi");
            WorkshopService workshops = app.bean(WorkshopService.class);
            app.asTrainer(() -> {
                workshops.setParticipantRole(binhId, ParticipantRole.MODERATOR);
                workshops.setParticipantRole(chiId, ParticipantRole.MODERATOR);
            });
            for (Browser learner : List.of(binh, chi)) {
                learner.open(app.url("moderate-as/" + code));
                learner.until("the promoted learner reaches the moderator's screen",
                        () -> !learner.all("#moderator-phase").isEmpty());
            }

            app.asTrainer(() -> workshops.setParticipantRole(binhId, ParticipantRole.LEARNER));
            app.asTrainer(() -> workshops.removeParticipant(chiId));

            for (Browser learner : List.of(binh, chi)) {
                learner.open(app.url("moderate/" + workshopId));
                learner.until("the next request goes to the login, not the moderator's screen",
                        () -> learner.driver().getCurrentUrl().contains("/login")
                                && learner.all("#moderator-phase").isEmpty());
                assertThat(learner.driver().getCurrentUrl()).contains("/login");
                assertThat(learner.all("#moderator-phase")).isEmpty();
            }
        }
    }

    private static long participant(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("select id from participant where display_name = ?", Long.class, name);
    }

}
