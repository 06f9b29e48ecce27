package vn.toadam.report;

import java.text.Normalizer;
import java.time.LocalDate;

/** Download names that survive every browser and file system: the workshop title folded to ASCII, and a date. */
public final class FileNames {

    static final int TITLE_PART_MAX = 60;

    private FileNames() {
    }

    public static String of(String title, LocalDate date, ExportFormat format) {
        String slug = asciiFold(title).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > TITLE_PART_MAX) {
            slug = slug.substring(0, TITLE_PART_MAX).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "toa-dam" : slug) + "_" + date + "." + format.extension();
    }

    /** "Đường Lối" → "Duong Loi": diacritics removed, đ/Đ mapped by hand (they do not decompose). */
    public static String asciiFold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        return decomposed.replaceAll("\\p{M}+", "");
    }
}
