package vn.toadam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.procedure.NoteKind;
import vn.toadam.procedure.PracticeService;
import vn.toadam.procedure.PracticeSnapshot;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.procedure.Roles;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;

/** Every export read back with the tools a reader would use: POI for DOCX/XLSX, PDFBox for PDF, a CSV parser. */
class ReportWritersTest extends IntegrationTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ReportService reports;
    @Autowired
    CardService cards;
    @Autowired
    PracticeService practices;
    @Autowired
    ProcedureService procedures;
    @Autowired
    Fixtures fixtures;
    @Autowired
    vn.toadam.synthesis.RecommendationService recommendations;
    @Autowired
    vn.toadam.synthesis.FacilitationService facilitation;
    @Autowired
    vn.toadam.synthesis.VoteService votes;
    @Autowired
    OrganisationService organisations;

    Fixtures.Classroom room;
    CardSnapshot difficulty;
    WorkshopReport report;

    @BeforeEach
    void setUp() {
        room = fixtures.classroom();
        long an = room.an().id();
        cards.post(an, CardType.ADVANTAGE, "Chi bộ có nhiều đảng viên trẻ, nhiệt tình", null, "a1");
        difficulty = cards.post(an, CardType.DIFFICULTY, "Đảng viên đi làm ăn xa, khó tập trung", null, "d1");
        cards.post(room.binh().id(), CardType.SOLUTION, "Họp trực tuyến cho người ở xa", difficulty.id(), "s1");
        cards.post(an, CardType.EXPERIENCE, "=HYPERLINK(\"http://x\";\"bấm\")", null, "e1");
        cards.post(room.chi().id(), CardType.SOLUTION, "+Gửi tài liệu trước ba ngày", null, "s2");
        cards.toggleReaction(room.binh().id(), difficulty.id());
        PracticeSnapshot practice = practices.practices(an).get(0);
        practices.setRoles(an, practice.id(), new Roles("Nguyễn Văn An", an, "Trần Thị Bình", an, ""));
        practices.start(an, practice.id());
        practices.addNote(an, practice.id(), 1, NoteKind.STRENGTH, "Chuẩn bị chu đáo, đúng giờ");
        practices.addNote(an, practice.id(), 1, NoteKind.LIMITATION, "Chưa kiểm tra số lượng đảng viên");
        Map<Long, String> typed = new HashMap<>();
        procedures.template(practice.templateId()).rubric().criteria().forEach(c -> typed.put(c.id(), "5"));
        practices.score(an, practice.id(), typed);
        long w = room.workshop().id();
        fixtures.asTrainer(() -> recommendations.create(w, "Tổ chức sinh hoạt trực tuyến cho đảng viên ở xa",
                "Thảo luận", List.of(difficulty.id())));
        while (facilitation.view(w).phase() != vn.toadam.synthesis.Phase.VOTING) {
            fixtures.asTrainer(() -> facilitation.forward(w));
        }
        votes.cast(room.binh().id(), difficulty.id());
        report = fixtures.asTrainer(() -> reports.report(w, VI));
    }

    @Test
    void docxIsAVietnameseReportWithGroupsStepsCardsAndSignatures() throws IOException {
        byte[] file = write(ExportFormat.DOCX);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("BÁO CÁO KẾT QUẢ THẢO LUẬN", "Thực hành sinh hoạt chi bộ", "Đầm Hà",
                    "Tổ 1", "Tổ 2", "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Chi",
                    "Thuận lợi", "Khó khăn", "Kinh nghiệm", "Giải pháp",
                    "Chi bộ có nhiều đảng viên trẻ, nhiệt tình", "Đảng viên đi làm ăn xa", "+1: 1",
                    "Chuẩn bị chu đáo, đúng giờ", "Chưa kiểm tra số lượng đảng viên",
                    "TỔ TRƯỞNG", "THƯ KÝ TỔ", "GIẢNG VIÊN HƯỚNG DẪN", "1 phiếu",
                    "KIẾN NGHỊ, BÀI HỌC KINH NGHIỆM", "Tổ chức sinh hoạt trực tuyến cho đảng viên ở xa",
                    "Tổ 1 · Khó khăn: Đảng viên đi làm ăn xa, khó tập trung");
            assertThat(text.indexOf("Họp trực tuyến cho người ở xa"))
                    .as("a solution is listed under the difficulty it answers")
                    .isGreaterThan(text.indexOf("Đảng viên đi làm ăn xa, khó tập trung"))
                    .isLessThan(text.indexOf("Kinh nghiệm"));
            assertThat(doc.getParagraphs()).anyMatch(p -> "Heading1".equals(p.getStyle())
                    && p.getText().contains("Tổ 1"));
            assertThat(doc.getFooterList()).isNotEmpty();
            assertThat(doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
            assertThat(doc.getTables()).isNotEmpty();
        }
    }

    static final Organisation CENTRE = new Organisation("Đảng bộ huyện Đầm Hà", "Trung tâm Chính trị", "TTCT",
            "Huyện Đầm Hà");
    static final String NUMBER_LINE = "Số        -BC/TTCT";

    @Test
    void theHeadingNamesTheIssuingBodyAsPartyDocumentsDoNotTheJoinCode() throws IOException {
        fixtures.asTrainer(() -> organisations.save(CENTRE));
        WorkshopReport withOrganisation = fixtures.asTrainer(() -> reports.report(room.workshop().id(), VI));
        try (XWPFDocument doc = docx(withOrganisation)) {
            XWPFTable heading = doc.getTables().get(0);
            var left = heading.getRow(0).getCell(0).getParagraphs();
            assertThat(left).extracting(XWPFParagraph::getText).containsExactly("ĐẢNG BỘ HUYỆN ĐẦM HÀ",
                    "TRUNG TÂM CHÍNH TRỊ", "*", NUMBER_LINE);
            assertThat(left).extracting(p -> p.getRuns().get(0).isBold()).containsExactly(false, true, false, false);
            var right = heading.getRow(0).getCell(1).getParagraphs();
            assertThat(right).extracting(XWPFParagraph::getText).containsExactly("ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Đầm Hà, ngày 25 tháng 11 năm 2026");
            assertThat(right.get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(right.get(0).getRuns().get(0).getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(right.get(1).getRuns().get(0).isItalic()).isTrue();
            assertThat(new XWPFWordExtractor(doc).getText()).doesNotContain("Mã buổi",
                    room.workshop().joinCode());
        }
        String pdf = pdfText(PdfBytes.of(withOrganisation));
        assertThat(pdf).contains("ĐẢNG BỘ HUYỆN ĐẦM HÀ", "TRUNG TÂM CHÍNH TRỊ", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Đầm Hà, ngày 25 tháng 11 năm 2026", "Số -BC/TTCT").doesNotContain("Mã buổi",
                room.workshop().joinCode());
    }

    @Test
    void anEmptyFieldLeavesItsLineOutAndNoPunctuationDangles() throws IOException {
        WorkshopReport bare = new WorkshopReport(VI, "Buổi không địa điểm", null, java.time.LocalDate.of(2026, 12, 1),
                null, "A88N5S", report.generatedAt(), List.of(), List.of(),
                new Organisation(null, "Trung tâm Chính trị", null, null));
        try (XWPFDocument doc = docx(bare)) {
            XWPFTable heading = doc.getTables().get(0);
            assertThat(heading.getRow(0).getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("TRUNG TÂM CHÍNH TRỊ", "*");
            assertThat(heading.getRow(0).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("ĐẢNG CỘNG SẢN VIỆT NAM", "Ngày 01 tháng 12 năm 2026");
        }
        assertThat(pdfText(PdfBytes.of(bare))).contains("Ngày 01 tháng 12 năm 2026").doesNotContain(", ngày",
                "Mã buổi", "A88N5S", "BC/");

        WorkshopReport unset = new WorkshopReport(VI, "Chưa đặt đơn vị", null, java.time.LocalDate.of(2026, 12, 1),
                "  ", "A88N5S", report.generatedAt(), List.of(), List.of(), Organisation.NONE);
        try (XWPFDocument doc = docx(unset)) {
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).isBlank();
        }
        assertThat(pdfText(PdfBytes.of(unset))).doesNotContain(", ngày", "*", "A88N5S");

        WorkshopReport placeFromSettings = new WorkshopReport(VI, "Địa danh của đơn vị", null,
                java.time.LocalDate.of(2026, 12, 1), null, "A88N5S", report.generatedAt(), List.of(), List.of(), CENTRE);
        assertThat(pdfText(PdfBytes.of(placeFromSettings))).contains("Huyện Đầm Hà, ngày 01 tháng 12 năm 2026");
    }

    @Test
    void theEnglishHeadingSaysTheSameInEnglish() throws IOException {
        WorkshopReport english = new WorkshopReport(Locale.ENGLISH, "Practice", null,
                java.time.LocalDate.of(2026, 12, 1), "Đầm Hà", "A88N5S", report.generatedAt(), List.of(), List.of(),
                CENTRE);
        try (XWPFDocument doc = docx(english)) {
            XWPFTable heading = doc.getTables().get(0);
            assertThat(heading.getRow(0).getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("ĐẢNG BỘ HUYỆN ĐẦM HÀ", "TRUNG TÂM CHÍNH TRỊ", "*", "No.        -BC/TTCT");
            assertThat(heading.getRow(0).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("COMMUNIST PARTY OF VIETNAM", "Đầm Hà, 01 December 2026");
        }
    }

    @Test
    void organisationSettingsAreCleanedAndCheckedOnTheServer() {
        Organisation saved = fixtures.asTrainer(() -> organisations.save(new Organisation("  Đảng bộ huyện Đầm Hà ",
                "", "bc/ttct", "\u200B")));
        assertThat(saved).isEqualTo(new Organisation("Đảng bộ huyện Đầm Hà", null, "TTCT", null));
        assertThat(fixtures.asTrainer(organisations::organisation)).isEqualTo(saved);
        assertThatThrownBy(() -> fixtures.asTrainer(() -> organisations.save(new Organisation(
                "x".repeat(Organisation.BODY_MAX + 1), null, null, null))))
                .isInstanceOfSatisfying(vn.toadam.base.InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("superiorBody"));
        assertThatThrownBy(() -> fixtures.asTrainer(() -> organisations.save(new Organisation(null, null, "TT CT",
                null)))).isInstanceOfSatisfying(vn.toadam.base.InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("numberSymbol"));
        assertThat(fixtures.asTrainer(organisations::organisation)).isEqualTo(saved);
    }

    @Test
    void pdfEmbedsAFontSoEveryVietnameseLetterIsExtractable() throws IOException {
        String text = pdfText(write(ExportFormat.PDF));
        assertThat(text).contains("BÁO CÁO KẾT QUẢ THẢO LUẬN", "Khó khăn", "Giải pháp", "đảng viên",
                "KIẾN NGHỊ, BÀI HỌC KINH NGHIỆM",
                "Đảng viên đi làm ăn xa, khó tập trung", "Chuẩn bị chu đáo, đúng giờ", "Trang 1");
    }

    @Test
    void pdfShowsDecomposedInputAsTheSameLetters() throws IOException {
        String decomposed = java.text.Normalizer.normalize("Nghị quyết được quán triệt đầy đủ",
                java.text.Normalizer.Form.NFD);
        WorkshopReport odd = new WorkshopReport(VI, decomposed, null, null, null, "ABCDEF", report.generatedAt(),
                List.of(), List.of(), Organisation.NONE);
        assertThat(pdfText(PdfBytes.of(odd))).contains("Nghị quyết được quán triệt đầy đủ");
    }

    @Test
    void englishReportHasEnglishHeadings() throws IOException {
        WorkshopReport english = fixtures.asTrainer(() -> reports.report(room.workshop().id(), Locale.ENGLISH));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxReportWriter.write(english, out);
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(
                new XWPFDocument(new ByteArrayInputStream(out.toByteArray())))) {
            assertThat(extractor.getText()).contains("REPORT OF THE GROUP DISCUSSIONS", "Difficulties", "Solutions", "GROUP LEADER");
        }
    }

    @Test
    void xlsxHasASheetPerKindWithFiltersAndNeutralisedFormulas() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(ExportFormat.XLSX)))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Tổ", "Người tham dự", "Ý kiến", "Trả lời", "Các bước", "Chấm điểm",
                    "Kiến nghị");
            assertThat(workbook.getSheet("Kiến nghị").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Tổ chức sinh hoạt trực tuyến cho đảng viên ở xa");
            var cardsSheet = workbook.getSheet("Ý kiến");
            assertThat(cardsSheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Nội dung");
            assertThat(cardsSheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(cardsSheet.getPhysicalNumberOfRows()).isEqualTo(6);
            List<String> texts = new ArrayList<>();
            for (int r = 1; r < 6; r++) {
                var cell = cardsSheet.getRow(r).getCell(3);
                assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                texts.add(cell.getStringCellValue());
            }
            assertThat(texts).contains("=HYPERLINK(\"http://x\";\"bấm\")", "+Gửi tài liệu trước ba ngày",
                    "Chi bộ có nhiều đảng viên trẻ, nhiệt tình");
            assertThat(workbook.getSheet("Chấm điểm").getPhysicalNumberOfRows()).isGreaterThan(1);
            assertThat(cardsSheet.getColumnWidth(3)).isGreaterThan(cardsSheet.getColumnWidth(0));
        }
    }

    @Test
    void xlsxShowsFormulaLikeTextAsTypedInQuotePrefixedTextCellsAndHasNoFormulas() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(ExportFormat.XLSX)))) {
            var cardsSheet = workbook.getSheet("Ý kiến");
            Map<String, org.apache.poi.ss.usermodel.Cell> byText = new HashMap<>();
            for (var row : cardsSheet) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                    byText.put(cell.getStringCellValue(), cell);
                }
            }
            for (String typed : List.of("=HYPERLINK(\"http://x\";\"bấm\")", "+Gửi tài liệu trước ba ngày", "+1")) {
                assertThat(byText).as(typed).containsKey(typed);
                assertThat(byText.get(typed).getCellStyle().getQuotePrefixed()).as(typed).isTrue();
            }
            assertThat(byText.get("Chi bộ có nhiều đảng viên trẻ, nhiệt tình").getCellStyle().getQuotePrefixed())
                    .isFalse();
            assertThat(byText.keySet()).noneMatch(text -> text.startsWith("'"));
            for (Sheet sheet : workbook) {
                for (var row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress())
                                .isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void csvStartsWithABomAndParsesBackWithFormulasNeutralised() throws IOException {
        byte[] file = write(ExportFormat.CSV);
        assertThat(file[0] & 0xff).isEqualTo(0xEF);
        assertThat(file[1] & 0xff).isEqualTo(0xBB);
        assertThat(file[2] & 0xff).isEqualTo(0xBF);
        var reader = new InputStreamReader(new ByteArrayInputStream(file, 3, file.length - 3), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(reader).getRecords();
        assertThat(records).hasSize(5);
        assertThat(records).extracting(r -> r.get("Nội dung")).contains(
                "Đảng viên đi làm ăn xa, khó tập trung", "'=HYPERLINK(\"http://x\";\"bấm\")",
                "'+Gửi tài liệu trước ba ngày");
        assertThat(records).extracting(r -> r.get("Loại")).contains("Khó khăn", "Giải pháp");
    }

    @Test
    void fileNamesAreAsciiWithTheDate() {
        assertThat(FileNames.of("Thực hành: sinh hoạt chi bộ Đảng!", java.time.LocalDate.of(2026, 11, 25),
                ExportFormat.DOCX)).isEqualTo("Thuc-hanh-sinh-hoat-chi-bo-Dang_2026-11-25.docx");
        assertThat(FileNames.of("   ", java.time.LocalDate.of(2026, 1, 2), ExportFormat.CSV))
                .isEqualTo("toa-dam_2026-01-02.csv");
    }

    private static XWPFDocument docx(WorkshopReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxReportWriter.write(report, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private byte[] write(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportService.write(report, format, out);
        return out.toByteArray();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static final class PdfBytes {
        static byte[] of(WorkshopReport report) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfReportWriter.write(report, out);
            return out.toByteArray();
        }
    }
}
