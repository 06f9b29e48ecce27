package vn.toadam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.toadam.support.Browser;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;

/**
 * A group runs its practice meeting in real Chromium: the chair starts and moves to the next step in one browser,
 * and the other member's browser follows without a reload, ticking clock, notes and rating included.
 */
class PracticeBrowserTest {

    @Test
    void theChairsStepsNotesAndRatingAppearInTheOtherMembersBrowser() {
        try (RunningApp app = RunningApp.start(TestDataDirs.fresh("practice-browser-"));
             Browser chair = new Browser(); Browser member = new Browser()) {
            String code = Journeys.createWorkshopAsTrainer(app);
            Journeys.join(chair, app, code, "Nguyễn Văn An", "Tổ 1");
            Journeys.join(member, app, code, "Trần Thị Bình", "Tổ 1");
            chair.click("#to-practice");
            member.open(app.url("practice/" + code));
            chair.waitFor(".practice-start");
            chair.click(".practice-start");
            chair.until("the chair's own page shows the meeting started",
                    () -> currentStep(chair).startsWith("1. Bí thư phân công chuẩn bị nội dung"));
            member.until("the member sees the meeting start",
                    () -> currentStep(member).startsWith("1. Bí thư phân công chuẩn bị nội dung"));

            chair.click(".practice-next");
            member.until("the member sees the next step without reloading",
                    () -> currentStep(member).startsWith("2. Họp chi ủy thống nhất nội dung"));
            assertThat(member.waitFor("#step-1").getDomAttribute("data-state")).isEqualTo("done");
            String before = member.waitFor(".step-clock").getText();
            member.until("the step clock ticks in the browser", () -> !member.waitFor(".step-clock").getText().equals(before));
            assertThat(member.waitFor(".step-clock").getText()).matches("0:0\\d / 5:00");

            WebElement step2 = chair.waitFor("#step-2");
            chair.click(step2.findElement(By.cssSelector("vaadin-details-summary")));
            chair.type("#step-2 .note-text", "Chi ủy thống nhất nhanh, rõ ràng");
            chair.click("#step-2 .note-add");
            member.until("the member sees the note on step 2", () -> member.waitFor("#step-2 .step-counts")
                    .getText().equals("0 ý kiến · 1 nhận xét"));

            for (WebElement field : chair.all(".practice-panel[data-template] .rubric-points")) {
                if (!field.isDisplayed()) {
                    continue;
                }
                String label = field.getDomProperty("label");
                String max = label.replaceAll(".*tối đa (\\d+).*", "$1");
                field.findElement(By.cssSelector("input")).sendKeys(label.startsWith("Nội dung") ? "20" : max);
            }
            chair.click(".rubric-save");
            member.until("the member sees the rating", () -> member.waitFor(".rubric-total").getText()
                    .equals("Tổng điểm: 90/100 — Xếp loại: Tốt"));
            chair.driver().executeScript("document.querySelector('#step-2').scrollIntoView()");
            chair.screenshot(Path.of("target", "screenshots", "practice-chair.png"));
            member.screenshot(Path.of("target", "screenshots", "practice-member.png"));
        }
    }

    private static String currentStep(Browser browser) {
        return browser.waitFor(".current-step").getText();
    }
}
