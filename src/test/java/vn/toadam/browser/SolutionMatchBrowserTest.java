package vn.toadam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.support.Browser;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;
import vn.toadam.workshop.WorkshopService;

/**
 * A difficulty raised in Tổ 1 shows, on the moderator's screen, the solution Tổ 3 found; the moderator links them
 * and drafts a recommendation that cites both.
 */
class SolutionMatchBrowserTest {

    static final String DIFFICULTY = "Nhiều đảng viên đi làm ăn xa nên vắng sinh hoạt chi bộ";
    static final String SOLUTION = "Cho đảng viên đi làm ăn xa dự sinh hoạt qua gọi video Zalo";
    static final String OTHER = "Thu đảng phí ngay đầu buổi họp, công khai danh sách";

    @Test
    void aDifficultyOfTổ1IsAnsweredByTổ3AndTheDraftCitesBoth() {
        try (RunningApp app = RunningApp.start(TestDataDirs.fresh("match-browser-"));
             Browser moderator = new Browser(1600, 900)) {
            String code = Journeys.createWorkshopAsTrainer(app);
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            long id = jdbc.queryForObject("select id from workshop where join_code = ?", Long.class, code);
            List<Long> groups = jdbc.queryForList("select id from workshop_group where workshop_id = ? order by position",
                    Long.class, id);
            WorkshopService workshops = app.bean(WorkshopService.class);
            CardService cards = app.bean(CardService.class);
            long an = workshops.join(code, "Nguyễn Văn An", groups.get(0)).id();
            long dung = workshops.join(code, "Phạm Văn Dũng", groups.get(2)).id();
            long chi = workshops.join(code, "Lê Văn Chi", groups.get(1)).id();
            CardSnapshot difficulty = cards.post(an, CardType.DIFFICULTY, DIFFICULTY, null, "d1");
            CardSnapshot solution = cards.post(dung, CardType.SOLUTION, SOLUTION, null, "s1");
            cards.post(chi, CardType.SOLUTION, OTHER, null, "s2");

            Journeys.logInAsTrainer(moderator, app);
            moderator.open(app.url("moderate/" + id));
            moderator.click("#answers-find");
            WebElement details = moderator.waitFor(".difficulty-answers[data-card='" + difficulty.id() + "']");
            assertThat(details.getText()).contains("Tổ 1", DIFFICULTY);
            moderator.click(details.findElement(By.cssSelector("vaadin-details-summary")));
            moderator.until("the difficulty of Tổ 1 shows the solution of Tổ 3", () -> details
                    .findElements(By.cssSelector(".answer-match")).stream()
                    .anyMatch(m -> m.getText().contains("Tổ 3") && m.getText().contains(SOLUTION)));
            assertThat(details.getText()).doesNotContain(OTHER);

            moderator.click(details.findElement(By.cssSelector(".answer-match[data-card='" + solution.id()
                    + "'] .answer-link")));
            moderator.until("the moderator's link is shown and stored", () -> !moderator.all(
                    ".difficulty-answers[data-card='" + difficulty.id() + "'] .answer-linked").isEmpty());
            assertThat(jdbc.queryForObject("select linked_by from answer_link where difficulty_card_id = ? "
                    + "and answer_card_id = ?", String.class, difficulty.id(), solution.id()))
                    .isEqualTo(RunningApp.TRAINER);

            WebElement theme = moderator.waitFor(".answer-theme[data-card='" + difficulty.id() + "']");
            moderator.click(theme.findElement(By.cssSelector(".answers-draft")));
            moderator.until("the drafted recommendation is listed, citing both cards", () -> moderator
                    .all("#recommendations .recommendation").size() == 1);
            moderator.until("its text and sources name both", () -> {
                String text = moderator.waitFor("#recommendations").getText();
                return text.contains("Tổ 1 · Khó khăn: " + DIFFICULTY) && text.contains("Tổ 3 · Giải pháp: " + SOLUTION);
            });
            String body = moderator.waitFor("#recommendations .recommendation-body").getDomProperty("value");
            assertThat(body).contains("Đề nghị các chi bộ:", SOLUTION + " (Tổ 3 · Giải pháp)");
            assertThat(jdbc.queryForList("select card_id from recommendation_card rc join recommendation r "
                    + "on r.id = rc.recommendation_id where r.workshop_id = ?", Long.class, id))
                    .containsExactlyInAnyOrder(difficulty.id(), solution.id());
            moderator.screenshot(Path.of("target", "screenshots", "difficulty-solutions.png"));
        }
    }
}
