package vn.toadam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.toadam.board.CardType;

/**
 * Text in scripts and symbols the main font lacks still reaches the PDF: read back with PDFBox, as a reader's copy
 * and paste or search would, every character is there, and one no shipped font has shows as "□".
 */
class PdfScriptsTest {

    static final String ARABIC = "مرحبا بالعالم";
    static final String EMOJI = "Đồng ý 👍🏽 ✅ 🔥 🙏";
    static final String CJK = "中文 日本語 한국어";
    /** Unicode 14 emoji (melting face) and Thai: in none of the shipped fonts. */
    static final String UNKNOWN = "Mới 🫠 ก";

    @Test
    void arabicEmojiAndCjkAppearInEveryPartOfTheReport() throws IOException {
        WorkshopReport.CardLine card = new WorkshopReport.CardLine(1, CardType.ADVANTAGE, ARABIC + " · " + EMOJI,
                "Lê " + CJK, null, null, 0, 0, List.of("An: " + ARABIC), Instant.now());
        WorkshopReport report = new WorkshopReport(Locale.forLanguageTag("vi"), "Buổi " + EMOJI, "Lớp " + ARABIC,
                null, "Đầm Hà " + CJK, "ABCDEF", Instant.now(), List.of(new WorkshopReport.Group("Tổ " + ARABIC,
                List.of("Nguyễn " + CJK, ARABIC), List.of(), List.of(card))), List.of(),
                new Organisation(null, "Trung tâm " + ARABIC, null, null));

        String text = pdfText(report);

        assertThat(text).contains(ARABIC, "👍", "🏽", "✅", "🔥", "🙏", "中文", "日本語", "한국어", "Đồng ý");
        assertThat(count(text, ARABIC)).as("title of group, card, reply, attendance row and class").isGreaterThan(4);
    }

    @Test
    void aCharacterNoFontHasIsShownAsAVisibleBoxNotDropped() throws IOException {
        WorkshopReport report = new WorkshopReport(Locale.forLanguageTag("vi"), UNKNOWN, null, null, null, "ABCDEF",
                Instant.now(), List.of(), List.of(), Organisation.NONE);

        assertThat(pdfText(report)).contains("Mới □ □");
    }

    @Test
    void joinersAndVariationSelectorsAreLeftOutButThePicturesStay() {
        assertThat(PdfFonts.printable("👨\u200D👩\u200D👧 ❤\uFE0F")).isEqualTo("👨👩👧 ❤");
    }

    private static int count(String text, String part) {
        return text.split(part, -1).length - 1;
    }

    private static String pdfText(WorkshopReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReportWriter.write(report, out);
        try (var document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
