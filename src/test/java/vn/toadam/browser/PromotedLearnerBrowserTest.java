package vn.toadam.browser;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.security.Role;
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
            asTrainer(app, () -> {
                workshops.setParticipantRole(binhId, ParticipantRole.MODERATOR);
                workshops.setParticipantRole(chiId, ParticipantRole.MODERATOR);
            });
            for (Browser learner : List.of(binh, chi)) {
                learner.open(app.url("moderate-as/" + code));
                learner.until("the promoted learner reaches the moderator's screen",
                        () -> !learner.all("#moderator-phase").isEmpty());
            }

            asTrainer(app, () -> workshops.setParticipantRole(binhId, ParticipantRole.LEARNER));
            asTrainer(app, () -> workshops.removeParticipant(chiId));

            for (Browser learner : List.of(binh, chi)) {
                learner.open(app.url("moderate/" + workshopId));
                learner.until("the next request goes to the login, not the moderator's screen",
                        () -> learner.driver().getCurrentUrl().contains("/login")
                                && learner.all("#moderator-phase").isEmpty());
            }
        }
    }

    private static long participant(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("select id from participant where display_name = ?", Long.class, name);
    }

    private static void asTrainer(RunningApp app, Runnable work) {
        SecurityContextHolderStrategy security = app.bean(SecurityContextHolderStrategy.class);
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("t", null,
                List.of(new SimpleGrantedAuthority(Role.TRAINER.authority()))));
        try {
            work.run();
        } finally {
            security.clearContext();
        }
    }
}
