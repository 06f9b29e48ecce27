package vn.toadam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;
import vn.toadam.synthesis.SolutionMatcher;
import vn.toadam.workshop.ParticipantInfo;

/** The report's "Khó khăn – giải pháp": each difficulty theme with the answers of each group, in DOCX and PDF. */
class DifficultySolutionReportTest extends IntegrationTest {

    @Autowired ReportService reports;
    @Autowired CardService cards;
    @Autowired SolutionMatcher matcher;
    @Autowired Fixtures fixtures;

    @Test
    void eachDifficultyThemeListsTheAnswersOfEachGroup() throws IOException {
        Fixtures.Classroom room = fixtures.classroom();
        ParticipantInfo dung = fixtures.join(room.workshop(), 2, "Phạm Văn Dũng");
        CardSnapshot far = cards.post(room.an().id(), CardType.DIFFICULTY,
                "Nhiều đảng viên đi làm ăn xa nên vắng sinh hoạt chi bộ", null, "d1");
        cards.post(dung.id(), CardType.SOLUTION, "Cho đảng viên đi làm ăn xa dự sinh hoạt qua gọi video Zalo", null,
                "s1");
        CardSnapshot dues = cards.post(room.chi().id(), CardType.SOLUTION,
                "Thu đảng phí ngay đầu buổi họp, công khai danh sách", null, "s2");
        long w = room.workshop().id();
        WorkshopReport report = fixtures.asTrainer(() -> reports.report(w, Locale.forLanguageTag("vi")));
        assertThat(report.difficultyThemes()).hasSize(1);
        assertThat(report.difficultyThemes().get(0).answers()).extracting(WorkshopReport.GroupAnswers::group)
                .containsExactly("Tổ 3");

        fixtures.asTrainer(() -> {
            matcher.link(w, far.id(), dues.id());
            return null;
        });
        report = fixtures.asTrainer(() -> reports.report(w, Locale.forLanguageTag("vi")));
        String docx = docx(report);
        assertThat(docx).contains("KHÓ KHĂN – GIẢI PHÁP", "Nêu ở: Tổ 1 (1 ý kiến)",
                "Giải pháp: Cho đảng viên đi làm ăn xa dự sinh hoạt qua gọi video Zalo",
                "Giải pháp: Thu đảng phí ngay đầu buổi họp, công khai danh sách (đã liên kết)");
        int section = docx.indexOf("KHÓ KHĂN – GIẢI PHÁP");
        assertThat(docx.indexOf("Tổ 2", section)).as("each group's answers under its name, groups in order")
                .isGreaterThan(section).isLessThan(docx.indexOf("Tổ 3", section));
        assertThat(docx.indexOf("Tổ 3", section)).isLessThan(docx.indexOf("KIẾN NGHỊ, BÀI HỌC KINH NGHIỆM"));
        assertThat(pdf(report)).contains("KHÓ KHĂN – GIẢI PHÁP", "(đã liên kết)");

        WorkshopReport english = fixtures.asTrainer(() -> reports.report(w, Locale.ENGLISH));
        assertThat(docx(english)).contains("DIFFICULTIES AND SOLUTIONS", "Raised in: Tổ 1 (1 card)", "(linked)");
    }

    private static String docx(WorkshopReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxReportWriter.write(report, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static String pdf(WorkshopReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReportWriter.write(report, out);
        try (var document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
