package vn.toadam.report;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts of the PDF report, all shipped in the jar and embedded as subsets: DejaVu Serif for Latin (Vietnamese),
 * Greek and Cyrillic, then fallbacks tried glyph by glyph (OpenPDF's {@link FontSelector}): Noto Naskh Arabic,
 * Symbola (monochrome emoji and symbols), Droid Sans Fallback (Chinese, Japanese, Korean). A character none of them
 * has is printed as "□", so no text silently disappears; invisible joiners and variation selectors are dropped, as
 * they only tell a colour emoji font how to combine pictures these fonts draw one by one.
 */
final class PdfFonts {

    /** What a character no font has is printed as; DejaVu Serif has it. */
    static final String MISSING = "\u25A1";

    private static final BaseFont REGULAR = load("DejaVuSerif.ttf");
    private static final BaseFont BOLD = load("DejaVuSerif-Bold.ttf");
    private static final List<BaseFont> FALLBACKS = List.of(load("NotoNaskhArabic-Regular.ttf"), load("Symbola.ttf"),
            load("DroidSansFallback.ttf"));

    private static final Map<String, FontSelector> SELECTORS = new ConcurrentHashMap<>();

    private PdfFonts() {
    }

    static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    static Font bold(float size) {
        return new Font(BOLD, size);
    }

    /** The text in NFC as chunks, each in the first font that has its characters. */
    static Phrase phrase(String text, boolean bold, float size) {
        FontSelector selector = SELECTORS.computeIfAbsent(bold + "/" + size, key -> {
            FontSelector s = new FontSelector();
            s.addFont(bold ? bold(size) : regular(size));
            FALLBACKS.forEach(f -> s.addFont(new Font(f, size)));
            return s;
        });
        Phrase phrase = selector.process(printable(text));
        phrase.setFont(bold ? bold(size) : regular(size)); // a paragraph made of it takes this font and size
        phrase.setLeading(size * 1.5f);
        return phrase;
    }

    /**
     * NFC, invisible joiners and selectors left out, and every character that no font has replaced by {@link #MISSING}
     * (FontSelector itself would skip it without a trace).
     */
    static String printable(String text) {
        String nfc = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r') {
                out.appendCodePoint(c);
            } else if (invisible(c)) {
                return;
            } else if (REGULAR.charExists(c) || FALLBACKS.stream().anyMatch(f -> f.charExists(c))) {
                out.appendCodePoint(c);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    private static boolean invisible(int c) {
        return c == 0x200C || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0020 && c <= 0xE007F)
                || (c >= 0xE0100 && c <= 0xE01EF);
    }

    private static BaseFont load(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the jar: " + name);
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
