package vn.toadam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.security.AccountService;
import vn.toadam.security.Role;
import vn.toadam.support.Browser;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;
import vn.toadam.synthesis.RecommendationService;

/** Two moderators edit one recommendation: each sees the other's typing live; a stale save is refused, text kept. */
class CollaborativeRecommendationBrowserTest {

    @Test
    void twoModeratorsSeeEachOthersValuesAndNeitherEditIsLostSilently() {
        try (RunningApp app = RunningApp.start(TestDataDirs.fresh("collab-browser-"));
             Browser first = new Browser(1500, 900); Browser second = new Browser(1500, 900)) {
            String code = Journeys.createWorkshopAsTrainer(app);
            long id = app.bean(JdbcTemplate.class).queryForObject("select id from workshop where join_code = ?",
                    Long.class, code);
            SecurityContextHolderStrategy security = app.bean(SecurityContextHolderStrategy.class);
            security.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(RunningApp.TRAINER,
                    "n/a", List.of(new SimpleGrantedAuthority("ROLE_TRAINER"))));
            app.bean(AccountService.class).createAccount("dieuphoi", "Người điều phối", "mat-khau-dieu-phoi",
                    Role.MODERATOR);
            app.bean(RecommendationService.class).create(id, "Kiến nghị ban đầu", null, List.of());
            security.clearContext();

            Journeys.logInAsTrainer(first, app);
            first.open(app.url("moderate/" + id));
            second.open(app.url("moderate/" + id));
            Journeys.logInToModerate(second, "dieuphoi", "mat-khau-dieu-phoi");
            Journeys.typeRecommendationSeenBy(first, second, "Tổ chức điểm sinh hoạt gần dân",
                    "the second moderator sees the first one's text live");

            first.click(first.waitFor("#recommendations .recommendation-save"));
            first.until("the first save is stored", () -> app.bean(JdbcTemplate.class).queryForObject(
                    "select body from recommendation where workshop_id = ?", String.class, id) != null);
            assertThat(app.bean(JdbcTemplate.class).queryForObject("select body from recommendation where workshop_id = ?",
                    String.class, id)).isEqualTo("Tổ chức điểm sinh hoạt gần dân");
        }
    }
}
