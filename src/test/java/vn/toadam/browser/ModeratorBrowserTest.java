package vn.toadam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.support.Browser;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;

/**
 * A learner posts; the moderator's screen shows the card in the right group at once; the moderator moves the room
 * to voting, the learner's board shows the phase and votes, and the moderator sees the vote.
 */
class ModeratorBrowserTest {

    static final String CARD = "Đường đến nhà văn hóa xa, đảng viên cao tuổi khó đi họp";

    @Test
    void theModeratorSeesEveryGroupLiveAndRunsTheVote() {
        try (RunningApp app = RunningApp.start(TestDataDirs.fresh("moderator-browser-"));
             Browser moderator = new Browser(1600, 900); Browser an = new Browser(); Browser binh = new Browser()) {
            String code = Journeys.createWorkshopAsTrainer(app);
            long id = app.bean(JdbcTemplate.class).queryForObject("select id from workshop where join_code = ?",
                    Long.class, code);
            Journeys.logInAsTrainer(moderator, app);
            moderator.open(app.url("moderate/" + id));
            moderator.waitFor("#group-2");
            moderator.click("#hide-until-reveal");
            moderator.until("cards are hidden until revealed", () -> app.bean(vn.toadam.synthesis.FacilitationService.class)
                    .view(id).hideUntilReveal());
            Journeys.join(an, app, code, "Nguyễn Văn An", "Tổ 2");
            Journeys.join(binh, app, code, "Trần Thị Bình", "Tổ 2");

            an.type("#composer-text", CARD);
            an.click("#composer-post");
            moderator.until("the moderator sees An's card in group 2 at once",
                    () -> moderator.waitFor("#group-2").getText().contains(CARD));
            assertThat(moderator.waitFor("#group-1").getText()).doesNotContain(CARD);
            assertThat(binh.cardTexts("ADVANTAGE")).as("Bình does not see An's card before it is revealed").isEmpty();
            moderator.click("#group-2 .reveal-group");
            binh.until("Bình sees An's card once the moderator reveals group 2",
                    () -> binh.cardTexts("ADVANTAGE").contains(CARD));

            moderator.type("#moderator-search", "duong den nha van hoa");
            moderator.until("the search without accents finds it",
                    () -> moderator.all("#group-2 .moderator-card").size() == 1);
            moderator.type("#moderator-search", "không có ý kiến nào như thế");
            moderator.until("a search that matches nothing hides it",
                    () -> moderator.all("#group-2 .moderator-card").isEmpty());
            moderator.driver().findElement(By.cssSelector("#moderator-search input")).sendKeys(
                    org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                    org.openqa.selenium.Keys.BACK_SPACE);

            moderator.click("#phase-forward");
            moderator.click("#phase-forward");
            moderator.until("the moderator's screen says voting",
                    () -> "VOTING".equals(moderator.waitFor("#moderator-phase").getDomAttribute("data-phase")));
            binh.until("Bình's board shows the voting phase",
                    () -> "VOTING".equals(binh.waitFor("#phase").getDomAttribute("data-phase")));
            assertThat(binh.waitFor("#votes-left").getText()).contains("5");
            binh.click(binh.card(CARD).findElement(By.cssSelector(".vote-button")));
            binh.until("Bình has 4 votes left", () -> "4".equals(binh.waitFor("#votes-left").getDomAttribute("data-left")));
            an.until("An sees the vote on the card", () -> "1".equals(
                    an.card(CARD).findElement(By.cssSelector(".vote-button")).getDomAttribute("data-total")));
            moderator.until("the moderator sees the vote", () -> moderator.all("#group-2 .moderator-card").stream()
                    .anyMatch(c -> "1".equals(c.getDomAttribute("data-votes"))));

            moderator.click(moderator.all("#group-2 .moderator-card vaadin-checkbox").get(0));
            moderator.type("#recommendation-new-title", "Tổ chức điểm sinh hoạt gần dân cho đảng viên cao tuổi");
            moderator.click("#recommendation-create");
            moderator.until("the recommendation is listed with its source card",
                    () -> moderator.all("#recommendations .recommendation").size() == 1
                            && moderator.waitFor("#recommendations").getText().contains(CARD));
            assertThat(app.bean(JdbcTemplate.class).queryForObject(
                    "select count(*) from recommendation_card rc join recommendation r on r.id = rc.recommendation_id "
                            + "where r.workshop_id = ?", Integer.class, id)).isEqualTo(1);

            try (Browser projector = new Browser(1920, 1080)) {
                Journeys.logInAsTrainer(projector, app);
                projector.open(app.url("projector/" + id));
                assertThat(projector.waitFor("#projector-code").getText()).isEqualTo(code);
                assertThat(projector.all(".projector-group").get(1).getDomAttribute("data-count")).isEqualTo("1");
                double bodyPx = Double.parseDouble(projector.waitFor(".projector").getCssValue("font-size")
                        .replace("px", ""));
                assertThat(bodyPx).as("projector body text").isGreaterThanOrEqualTo(28);
                moderator.click(moderator.all("#group-2 .card-project").get(0));
                projector.until("the projector shows the card the moderator chose",
                        () -> projector.waitFor("#projector-stage").getText().contains(CARD));
                projector.open(app.url("projector/" + id));
                projector.until("a reloaded projector shows the card again (it is stored)",
                        () -> projector.waitFor("#projector-stage").getText().contains(CARD));
                moderator.click(moderator.waitFor("#group-2 .card-stop-projecting"));
                projector.until("the projector drops the card the moderator stopped showing",
                        () -> !projector.waitFor("#projector-stage").getText().contains(CARD));
                projector.screenshot(Path.of("target", "screenshots", "projector.png"));
            }

            moderator.click("#timer-start");
            binh.until("Bình's board shows the countdown", () -> binh.waitFor(".phase-bar .countdown").getText()
                    .matches("(10:00|9:5\\d)"));
            moderator.screenshot(Path.of("target", "screenshots", "moderator.png"));

            moderator.click(moderator.all("#participants li").stream()
                    .filter(li -> li.getText().contains("Trần Thị Bình")).findFirst().orElseThrow()
                    .findElement(By.cssSelector(".participant-promote")));
            moderator.until("Bình is a moderator", () -> app.bean(JdbcTemplate.class).queryForObject(
                    "select role from participant where display_name = ?", String.class, "Trần Thị Bình")
                    .equals("MODERATOR"));
            binh.open(app.url("board/" + code));
            binh.click("#to-moderate");
            binh.until("the promoted learner reaches the moderator's screen",
                    () -> !binh.all("#moderator-phase").isEmpty());
            binh.screenshot(Path.of("target", "screenshots", "board-voting.png"));
        }
    }
}
