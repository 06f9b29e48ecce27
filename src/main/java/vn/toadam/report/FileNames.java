package vn.toadam.report;

import java.time.LocalDate;

/** Download names that survive every browser and file system: the workshop title folded to ASCII, and a date. */
public final class FileNames {

    static final int TITLE_PART_MAX = 60;

    private FileNames() {
    }

    public static String of(String title, LocalDate date, ExportFormat format) {
        String slug = vn.toadam.base.Texts.stripAccents(title).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > TITLE_PART_MAX) {
            slug = slug.substring(0, TITLE_PART_MAX).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "toa-dam" : slug) + "_" + date + "." + format.extension();
    }


}
