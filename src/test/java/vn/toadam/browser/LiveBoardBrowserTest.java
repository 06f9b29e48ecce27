package vn.toadam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.toadam.support.Browser;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;

/**
 * The foundation end to end in real Chromium: a trainer logs in and creates a workshop, three learners join in
 * their own browsers, a card posted in one browser appears in the same group's other browser without a reload,
 * a +1 travels back, the other group sees nothing, and after a restart on the same database file it is all there.
 */
class LiveBoardBrowserTest {

    private static final String CARD = "Chi bộ sinh hoạt đúng ngày, đảng viên đi đủ";
    private static final String SECOND_CARD = "Ít đảng viên phát biểu ý kiến";
    private static final String REPLY = "Chi bộ em cũng làm vậy, nhắc trước hai ngày";
    private static final String CHAT = "Chào cả tổ, mình bắt đầu nhé";

    @Test
    void cardsAndPlusOnesTravelLiveWithinAGroupOnlyAndSurviveARestart() {
        String dataDir = TestDataDirs.fresh("browser-");
        String code;
        String boardPath;
        try (Browser an = new Browser(); Browser binh = new Browser(); Browser chi = new Browser(390, 844)) {
            try (RunningApp app = RunningApp.start(dataDir)) {
                code = Journeys.createWorkshopAsTrainer(app);
                boardPath = "board/" + code;

                Journeys.join(an, app, code, "Nguyễn Văn An", "Tổ 1");
                Journeys.join(binh, app, code, "Trần Thị Bình", "Tổ 1");
                Journeys.join(chi, app, code, "Lê Văn Chi", "Tổ 2");
                assertThat(chi.waitFor("#board-group").getText()).isEqualTo("Tổ 2");

                an.type("#composer-text", CARD);
                an.click("#composer-post");
                binh.until("Bình sees An's card without reloading", () -> binh.cardTexts("ADVANTAGE").contains(CARD));
                assertThat(binh.waitFor("#count-ADVANTAGE").getText()).isEqualTo("1");

                binh.card(CARD).findElement(By.cssSelector(".react-button")).click();
                an.until("An sees Bình's +1", () -> "1".equals(plusOnes(an)));

                binh.type("#composer-text", SECOND_CARD);
                selectType(binh, "Khó khăn");
                binh.click("#composer-post");
                an.until("An sees Bình's difficulty", () -> an.cardTexts("DIFFICULTY").contains(SECOND_CARD));

                binh.card(CARD).findElement(By.cssSelector(".reply-button")).click();
                binh.type(".reply-field", REPLY);
                binh.click(".reply-send");
                an.until("An sees Bình's reply", () -> an.card(CARD).getText().contains(REPLY));

                an.type("#chat-input", CHAT);
                an.click("#chat-send");
                binh.until("Bình sees An's chat message", () -> chatTexts(binh).contains(CHAT));
                an.until("An sees the chat message", () -> chatTexts(an).contains(CHAT));
                an.screenshot(Path.of("target", "screenshots", "board-two-users.png"));

                assertThat(chi.cardTexts("ADVANTAGE")).isEmpty();
                assertThat(chi.cardTexts("DIFFICULTY")).isEmpty();
                assertThat(chi.driver().getPageSource()).doesNotContain(CARD);
                assertThat(chatTexts(chi)).doesNotContain(CHAT);
                chi.screenshot(Path.of("target", "screenshots", "board-phone-other-group.png"));

                chi.click("#language-switch");
                chi.until("the board switches to English", () -> chi.all("#column-ADVANTAGE h3").stream()
                        .anyMatch(h -> h.getText().startsWith("Advantages")));
            }

            try (RunningApp restarted = RunningApp.start(dataDir)) {
                an.open(restarted.url(boardPath));
                an.until("the card is still there after the restart", () -> an.cardTexts("ADVANTAGE").contains(CARD));
                assertThat(plusOnes(an)).isEqualTo("1");
                assertThat(an.cardTexts("DIFFICULTY")).containsExactly(SECOND_CARD);
                assertThat(an.waitFor(".board-you").getText()).contains("Nguyễn Văn An");
                an.until("the chat is still there after the restart", () -> chatTexts(an).contains(CHAT));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> chatTexts(Browser browser) {
        return (java.util.List<String>) browser.driver().executeScript(
                "const l = document.querySelector('vaadin-message-list');"
                        + "return (l && l.items ? l.items : []).map(i => i.text);");
    }

    private static String plusOnes(Browser browser) {
        return browser.card(CARD).findElement(By.cssSelector(".react-button")).getDomAttribute("data-count");
    }

    private static void selectType(Browser browser, String label) {
        browser.click("#composer-type");
        browser.until("the type list opens", () -> browser.all("vaadin-select-item").stream()
                .anyMatch(i -> i.getText().equals(label) && i.isDisplayed()));
        browser.all("vaadin-select-item").stream().filter(i -> i.getText().equals(label)).findFirst().orElseThrow().click();
    }
}
