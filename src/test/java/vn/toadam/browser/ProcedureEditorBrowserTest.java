package vn.toadam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.procedure.StepView;
import vn.toadam.procedure.TemplateView;
import vn.toadam.support.Browser;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;

/** A trainer copies the guide's regular meeting and edits the copy; the built-in stays as it was. */
class ProcedureEditorBrowserTest {

    @Test
    void aTrainerCopiesRenamesRemovesReordersAndAddsSteps() {
        try (RunningApp app = RunningApp.start(TestDataDirs.fresh("editor-browser-")); Browser trainer = new Browser()) {
            Journeys.logInAsTrainer(trainer, app);
            trainer.open(app.url("trainer/procedures"));
            trainer.until("the two built-in procedures are listed", () -> trainer.all(".procedure-copy").size() == 2);
            trainer.click(trainer.all(".procedure-copy").get(0));
            trainer.until("the editor shows the 19 steps", () -> trainer.all(".step-editor").size() == 19);

            WebElement firstTitle = trainer.all(".step-editor .step-title-field input").get(0);
            firstTitle.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                    org.openqa.selenium.Keys.BACK_SPACE);
            trainer.click("#procedure-save");
            trainer.until("an empty step title is refused next to it", () -> "true".equals(
                    trainer.all(".step-editor .step-title-field").get(0).getDomProperty("invalid")));

            firstTitle = trainer.all(".step-editor .step-title-field input").get(0);
            trainer.click(firstTitle);
            firstTitle.sendKeys("Bí thư phân công chuẩn bị nội dung");
            WebElement flagSalute = trainer.all(".step-editor").get(3);
            trainer.click(flagSalute.findElement(By.cssSelector(".step-remove")));
            trainer.until("the step is removed", () -> trainer.all(".step-editor").size() == 18);
            List<WebElement> ups = trainer.all(".step-editor vaadin-button[aria-label='Chuyển lên']");
            trainer.click(ups.get(1));
            trainer.click("#procedure-add-step");
            trainer.until("a step is added", () -> trainer.all(".step-editor").size() == 19);
            List<WebElement> titles = trainer.all(".step-editor .step-title-field input");
            trainer.click(titles.get(18));
            titles.get(18).sendKeys("Chụp ảnh lưu niệm");
            trainer.click("#procedure-save");
            trainer.until("the change is saved", () -> app.bean(ProcedureService.class).templates().stream()
                    .anyMatch(t -> !t.builtin() && t.steps().get(t.steps().size() - 1).title().equals("Chụp ảnh lưu niệm")));
            trainer.screenshot(Path.of("target", "screenshots", "procedure-editor.png"));

            List<TemplateView> all = app.bean(ProcedureService.class).templates();
            TemplateView copy = all.stream().filter(t -> !t.builtin()).findFirst().orElseThrow();
            TemplateView builtin = all.stream().filter(t -> t.builtin() && t.kind() == copy.kind()).findFirst().orElseThrow();
            assertThat(copy.steps()).extracting(StepView::title).startsWith(
                    "Họp chi ủy thống nhất nội dung", "Bí thư phân công chuẩn bị nội dung")
                    .doesNotContain("Chào cờ").endsWith("Chụp ảnh lưu niệm");
            assertThat(builtin.steps()).hasSize(19);
            assertThat(builtin.steps().get(3).title()).isEqualTo("Chào cờ");
            assertThat(builtin.legalBasis()).contains("12-HD/BTCTW");
        }
    }
}
