package vn.toadam.base;

import java.text.Normalizer;

/** How user text is cleaned before any rule is checked: NFC (decomposed Vietnamese composes) and trimmed. */
public final class Texts {

    private Texts() {
    }

    /**
     * For matching typed text regardless of accents and case: "Đường lối" → "duong loi" (đ/Đ mapped by hand, as
     * they do not decompose).
     */
    public static String fold(String text) {
        return stripAccents(text).toLowerCase(java.util.Locale.ROOT);
    }

    /** "Đường Lối" → "Duong Loi". */
    public static String stripAccents(String text) {
        String decomposed = java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        return decomposed.replaceAll("\\p{M}+", "");
    }

    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
    }

    /**
     * Cleans and checks a required text against its limits; the field name is what the error is shown next to.
     * Lengths count code points, so an emoji is one character as the user sees it.
     */
    public static String require(String raw, String field, int max) {
        String text = clean(raw);
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "error.required");
        }
        if (text.codePointCount(0, text.length()) > max || text.length() > max) {
            throw new InvalidInputException(field, "error.too-long", max);
        }
        return text;
    }

    /** Like {@link #require} but empty input is allowed and becomes null. */
    public static String optional(String raw, String field, int max) {
        String text = clean(raw);
        if (text.isEmpty()) {
            return null;
        }
        return require(text, field, max);
    }
}
