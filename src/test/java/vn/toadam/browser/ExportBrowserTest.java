package vn.toadam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.board.CardService;
import vn.toadam.board.CardType;
import vn.toadam.support.Browser;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;

/** The trainer downloads the Word report and a JSON backup, and imports the backup as a new workshop. */
class ExportBrowserTest {

    @Test
    void theTrainerDownloadsTheReportAndRestoresABackup() throws IOException {
        try (RunningApp app = RunningApp.start(TestDataDirs.fresh("export-browser-")); Browser trainer = new Browser()) {
            String code = Journeys.createWorkshopAsTrainer(app);
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            long id = jdbc.queryForObject("select id from workshop where join_code = ?", Long.class, code);
            long group = jdbc.queryForObject("select min(id) from workshop_group where workshop_id = ?", Long.class, id);
            ParticipantInfo an = app.bean(WorkshopService.class).join(code, "Nguyễn Văn An", group);
            app.bean(CardService.class).post(an.id(), CardType.DIFFICULTY,
                    "Đảng viên đi làm ăn xa, khó tập trung sinh hoạt", null, "k1");

            Journeys.logInAsTrainer(trainer, app);
            trainer.open(app.url("trainer/workshops/" + id));
            trainer.click("#export-docx");
            trainer.waitFor("#export-file-docx");
            Path docx = downloaded(trainer, ".docx");
            assertThat(docx.getFileName().toString()).startsWith("Thuc-hanh-ky-nang-to-chuc-sinh-hoat-chi-bo_");
            try (InputStream in = Files.newInputStream(docx);
                 XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
                assertThat(text.getText()).contains("BÁO CÁO KẾT QUẢ THẢO LUẬN", "Nguyễn Văn An",
                        "Đảng viên đi làm ăn xa, khó tập trung sinh hoạt");
            }
            trainer.screenshot(Path.of("target", "screenshots", "trainer-export.png"));

            trainer.click("#export-json");
            trainer.waitFor("#export-file-json");
            Path json = downloaded(trainer, ".json");
            trainer.open(app.url("trainer"));
            trainer.waitFor("#import-upload");
            trainer.waitFor("#import-upload").getShadowRoot()
                    .findElement(org.openqa.selenium.By.cssSelector("input[type=file]")).sendKeys(json.toString());
            trainer.until("the restored workshop opens with a code of its own", () -> {
                List<org.openqa.selenium.WebElement> codes = trainer.all("#join-code");
                return !codes.isEmpty() && !codes.get(0).getText().strip().equals(code)
                        && !codes.get(0).getText().isBlank();
            });
            assertThat(jdbc.queryForObject("select count(*) from card where text = ?", Integer.class,
                    "Đảng viên đi làm ăn xa, khó tập trung sinh hoạt")).isEqualTo(2);
        }
    }

    private static Path downloaded(Browser browser, String extension) {
        Path[] found = new Path[1];
        browser.until("a " + extension + " file is downloaded", () -> {
            if (!Files.isDirectory(browser.downloads())) {
                return false;
            }
            try (Stream<Path> files = Files.list(browser.downloads())) {
                found[0] = files.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
                return found[0] != null;
            } catch (IOException e) {
                return false;
            }
        });
        return found[0];
    }
}
