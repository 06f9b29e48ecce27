package vn.toadam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.support.AxeScan;
import vn.toadam.support.Browser;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;

/**
 * WCAG 2.1 AA in real Chromium: axe-core finds no serious or critical violation on any page a learner, moderator
 * or trainer uses, filled with the cards, +1s, replies and chat a workshop has; every button has a name in words;
 * and a learner without a mouse can join, post, agree, reply and chat.
 */
class AccessibilityBrowserTest {

    private static final String COLLEAGUES_CARD = "Đảng viên trẻ chủ động nhận việc";
    private static final String OWN_CARD = "Nội dung sinh hoạt bám sát tình hình địa phương";
    private static final String REPLY = "Tổ em cũng thấy vậy";
    private static final String CHAT = "Mình gõ phím, không dùng chuột";

    private static RunningApp app;
    private static Browser trainer;

    @BeforeAll
    static void startApp() {
        app = RunningApp.start(TestDataDirs.fresh("accessibility-browser-"));
        trainer = new Browser(1600, 900);
        Journeys.logInAsTrainer(trainer, app);
    }

    /** A workshop of its own for each test: the scan moves its workshop on to voting. */
    private static String newWorkshop() {
        trainer.open(app.url("trainer"));
        trainer.waitFor("#workshop-grid");
        return Journeys.createWorkshop(trainer);
    }

    @AfterAll
    static void stop() {
        trainer.close();
        app.close();
    }

    @Test
    void noPageHasASeriousOrCriticalViolation() {
        Map<String, List<Rule>> found = new LinkedHashMap<>();
        Map<String, List<String>> unnamed = new LinkedHashMap<>();
        String code = newWorkshop();
        long workshopId = app.bean(JdbcTemplate.class).queryForObject("select id from workshop where join_code = ?",
                Long.class, code);
        try (Browser visitor = new Browser(); Browser an = new Browser(); Browser binh = new Browser()) {
            visitor.open(app.url(""));
            visitor.waitFor(".home");
            found.put("home", AxeScan.blockingViolations(visitor));
            visitor.open(app.url("join/" + code));
            visitor.until("the groups are listed", () -> visitor.all("#join-group vaadin-radio-button").size() == 3);
            found.put("join", AxeScan.blockingViolations(visitor));
            visitor.open(app.url("login"));
            visitor.waitFor("#vaadinLoginUsername");
            found.put("login", AxeScan.blockingViolations(visitor));

            Journeys.join(an, app, code, "Nguyễn Văn An", "Tổ 1");
            Journeys.join(binh, app, code, "Trần Thị Bình", "Tổ 1");
            an.type("#composer-text", "Chi bộ sinh hoạt đúng ngày, đảng viên đi đủ");
            an.click("#composer-post");
            binh.until("Bình sees An's card", () -> binh.all(".board-card").size() == 1);
            binh.click(binh.waitFor(".board-card .react-button"));
            binh.until("Bình's +1 counts", () -> "1".equals(
                    binh.waitFor(".board-card .react-button").getDomAttribute("data-count")));
            binh.click(binh.waitFor(".board-card .reply-button"));
            binh.type(".reply-field", "Chi bộ em cũng làm vậy");
            binh.click(".reply-send");
            binh.type("#chat-input", "Chào cả tổ, mình bắt đầu nhé");
            binh.click("#chat-send");
            an.until("An sees the +1, the reply and the chat", () -> an.waitFor(".board-card").getText()
                    .contains("Chi bộ em cũng làm vậy") && an.all("vaadin-message").size() == 1);
            found.put("board", AxeScan.blockingViolations(an));
            an.screenshot(Path.of("target", "screenshots", "accessibility-board.png"));
            found.put("board (Bình's view)", AxeScan.blockingViolations(binh));
            unnamed.put("board", buttonsWithoutAWordyName(an));
            unnamed.put("board (Bình's view)", buttonsWithoutAWordyName(binh));
            assertThat(binh.waitFor(".board-card .react-button").getAccessibleName())
                    .isEqualTo("Đồng tình (+1), 1 lượt");

            an.click("#to-practice");
            an.click(an.waitFor(".practice-start"));
            an.waitFor(".step-clock");
            found.put("practice", AxeScan.blockingViolations(an));
            an.screenshot(Path.of("target", "screenshots", "accessibility-practice.png"));
            unnamed.put("practice", buttonsWithoutAWordyName(an));
            an.driver().manage().window().setSize(new Dimension(390, 844));
            found.put("practice (phone)", AxeScan.blockingViolations(an));
            an.click("#to-board");
            an.waitFor(".board-card");
            found.put("board (phone)", AxeScan.blockingViolations(an));

            trainer.open(app.url("trainer"));
            trainer.waitFor("#workshop-grid");
            found.put("workshop list", AxeScan.blockingViolations(trainer));
            trainer.open(app.url("trainer/workshops/" + workshopId));
            trainer.waitFor("#join-code");
            found.put("workshop page", AxeScan.blockingViolations(trainer));
            trainer.open(app.url("moderate/" + workshopId));
            trainer.until("the moderator sees the card", () -> trainer.all("#group-1 .moderator-card").size() == 1);
            found.put("moderator screen", AxeScan.blockingViolations(trainer));
            unnamed.put("moderator screen", buttonsWithoutAWordyName(trainer));
            postTwoDuesCards(workshopId);
            trainer.until("the moderator sees three cards", () -> trainer.all("#group-1 .moderator-card").size() == 3);
            trainer.click("#phase-forward");
            trainer.click("#phase-forward");
            binh.open(app.url("board/" + code));
            binh.waitFor(".board-card .vote-button");
            assertThat(binh.waitFor(".board-card .vote-button").getAccessibleName())
                    .isEqualTo("Bỏ phiếu (0 phiếu, 0 của bạn)");
            found.put("board (voting)", AxeScan.blockingViolations(binh));
            trainer.click("#themes-suggest");
            trainer.until("the two dues cards are one theme", () -> trainer.all(".theme").size() == 1);
            trainer.click(trainer.waitFor("#themes-ungrouped vaadin-details-summary"));
            trainer.until("the card in no theme is listed with a theme to choose", () -> trainer.all(
                    ".ungrouped-card .ungrouped-into").stream().anyMatch(WebElement::isDisplayed));
            trainer.screenshot(Path.of("target", "screenshots", "moderator-ungrouped.png"));
            found.put("moderator screen (voting)", AxeScan.blockingViolations(trainer));
            trainer.click(".ungrouped-card .ungrouped-into");
            trainer.until("the themes to choose are listed", () -> trainer.all("vaadin-select-item").stream()
                    .anyMatch(WebElement::isDisplayed));
            trainer.click(trainer.all("vaadin-select-item").stream().filter(WebElement::isDisplayed).findFirst()
                    .orElseThrow());
            // a low window with the button at its top, so the theme above it is out of sight when it is clicked
            org.openqa.selenium.Dimension window = trainer.driver().manage().window().getSize();
            trainer.driver().manage().window().setSize(new org.openqa.selenium.Dimension(window.getWidth(), 400));
            assertThat((Boolean) trainer.driver().executeScript("document.querySelector('.ungrouped-card "
                    + ".ungrouped-put').scrollIntoView({block: 'start'});"
                    + "return document.querySelector('.theme').getBoundingClientRect().bottom <= 0;")).isTrue();
            trainer.click(".ungrouped-card .ungrouped-put");
            trainer.until("the card joined the theme and left the list", () -> trainer.all(".theme .theme-card")
                    .size() == 3 && trainer.all("#themes-ungrouped").stream().noneMatch(WebElement::isDisplayed));
            assertThat(trainer.waitFor("#themes-learned").getText()).startsWith("Đã đưa");
            assertThat(trainer.waitFor(".theme.moved-here .moved-note").getText())
                    .as("the theme that took the card says so where the moderator looks")
                    .isEqualTo("Ý kiến vừa được đưa vào chủ đề này");
            assertThat((Boolean) trainer.driver().executeScript("const r = document.querySelector('.moved-here')"
                    + ".getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;")).isTrue();
            trainer.driver().manage().window().setSize(window);
            trainer.screenshot(Path.of("target", "screenshots", "moderator-card-moved.png"));
            found.put("moderator screen (card put into a theme)", AxeScan.blockingViolations(trainer));
            unnamed.put("board (voting)", buttonsWithoutAWordyName(binh));
            unnamed.put("moderator screen (voting)", buttonsWithoutAWordyName(trainer));
            trainer.open(app.url("projector/" + workshopId));
            trainer.waitFor("#projector-code");
            found.put("projector", AxeScan.blockingViolations(trainer));
        }
        String report = found.entrySet().stream().map(e -> e.getKey() + ": " + AxeScan.elementCount(e.getValue())
                + (e.getValue().isEmpty() ? "" : "\n" + AxeScan.describe(e.getValue()))).collect(Collectors.joining("\n"));
        System.out.println("axe-core, serious and critical WCAG 2.1 AA violations per page:\n" + report);
        assertThat(found.values().stream().mapToInt(AxeScan::elementCount).sum()).as(report).isZero();
        assertThat(unnamed).as("buttons a screen reader reads as symbols or not at all").allSatisfy(
                (page, buttons) -> assertThat(buttons).as(page).isEmpty());
    }

    /** Two cards of An's that read alike (posted through the service, as the board's flow above needs one card). */
    private static void postTwoDuesCards(long workshopId) {
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        long an = jdbc.queryForObject("select id from participant where workshop_id = ? and display_name = ?",
                Long.class, workshopId, "Nguyễn Văn An");
        vn.toadam.board.CardService cards = app.bean(vn.toadam.board.CardService.class);
        cards.post(an, vn.toadam.board.CardType.DIFFICULTY, "Thu đảng phí chậm, nhiều đồng chí còn nợ", null, "dues-1");
        cards.post(an, vn.toadam.board.CardType.DIFFICULTY, "Đảng viên nộp đảng phí không đúng hạn", null, "dues-2");
    }

    /** Buttons whose accessible name (what a screen reader says) has no letter, e.g. "+1 · 0", "●", "×" or "". */
    private static List<String> buttonsWithoutAWordyName(Browser browser) {
        return browser.all("vaadin-button, button").stream().filter(WebElement::isDisplayed)
                .filter(b -> !b.getAccessibleName().matches("(?s).*\\p{L}.*"))
                .map(b -> b.getAccessibleName() + " " + b.getDomAttribute("class")).toList();
    }

    @Test
    void aLearnerJoinsPostsAgreesRepliesAndChatsWithTheKeyboardOnly() {
        String code = newWorkshop();
        try (Browser dung = new Browser(); Browser cuong = new Browser()) {
            Journeys.join(dung, app, code, "Phạm Thị Dung", "Tổ 2");
            dung.type("#composer-text", COLLEAGUES_CARD);
            dung.click("#composer-post");
            dung.until("Dung's card is posted", () -> dung.cardTexts("ADVANTAGE").contains(COLLEAGUES_CARD));

            Keyboard keys = new Keyboard(cuong);
            cuong.open(app.url("join/" + code));
            cuong.until("the groups are listed", () -> cuong.all("#join-group vaadin-radio-button").size() == 3);
            keys.tabTo("#join-name");
            keys.type("Hoàng Văn Cường");
            keys.tabTo("#join-group");
            keys.press(Keys.ARROW_DOWN);
            keys.tabTo("#join-submit");
            keys.press(Keys.ENTER);
            cuong.waitFor("#composer-text");
            assertThat(cuong.waitFor("#board-group").getText()).isEqualTo("Tổ 2");
            assertThat(app.bean(JdbcTemplate.class).queryForObject(
                    "select count(*) from participant where display_name = ?", Integer.class, "Hoàng Văn Cường"))
                    .as("joined once").isEqualTo(1);

            keys.tabTo("#composer-text");
            keys.type(OWN_CARD);
            keys.tabTo("#composer-post");
            keys.press(Keys.ENTER);
            dung.until("Dung sees Cường's card", () -> dung.cardTexts("ADVANTAGE").contains(OWN_CARD));
            cuong.until("the focus is back in the text, ready for the next card", () -> keys.focusIn("#composer-text"));

            String colleagues = "#" + cuong.card(COLLEAGUES_CARD).getDomAttribute("id");
            keys.tabTo(colleagues + " .react-button");
            keys.press(Keys.SPACE);
            dung.until("Dung sees Cường's +1", () -> "1".equals(dung.card(COLLEAGUES_CARD)
                    .findElement(By.cssSelector(".react-button")).getDomAttribute("data-count")));
            cuong.until("the +1 keeps the focus and says it is pressed", () -> keys.focusIn(colleagues + " .react-button")
                    && "true".equals(cuong.waitFor(colleagues + " .react-button").getDomAttribute("aria-pressed")));
            assertThat(cuong.waitFor(colleagues + " .react-button").getAccessibleName())
                    .isEqualTo("Đồng tình (+1), 1 lượt");

            keys.tabTo(colleagues + " .reply-button");
            keys.press(Keys.ENTER);
            cuong.until("the reply field has the focus", () -> keys.focusIn(colleagues + " .reply-field"));
            keys.type(REPLY);
            keys.tabTo(colleagues + " .reply-send");
            keys.press(Keys.ENTER);
            dung.until("Dung sees Cường's reply", () -> dung.card(COLLEAGUES_CARD).getText().contains(REPLY));
            cuong.until("the focus is back on the reply button", () -> keys.focusIn(colleagues + " .reply-button"));

            keys.tabTo("#chat-input");
            keys.type(CHAT);
            keys.press(Keys.ENTER);
            dung.until("Dung sees Cường's chat message", () -> chatTexts(dung).contains(CHAT));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> chatTexts(Browser browser) {
        return (List<String>) browser.driver().executeScript("const l = document.querySelector('vaadin-message-list');"
                + "return (l && l.items ? l.items : []).map(i => i.text);");
    }
}
