package vn.toadam.base;

import java.text.Normalizer;

/**
 * How user text is cleaned before any rule is checked: NFC (decomposed Vietnamese composes); line breaks made
 * {@code \n}; characters nobody can see or that change how text around them reads are dropped (control characters
 * and NUL, bidirectional overrides and isolates, zero-width spaces, byte-order marks, unpaired surrogates); spaces
 * of any kind trimmed at both ends. Joiners stay, as emoji sequences need them.
 */
public final class Texts {

    private static final java.util.regex.Pattern INVISIBLE = java.util.regex.Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u200B\\u200E\\u200F\\u2060\\uFEFF\\u202A-\\u202E\\u2066-\\u2069]"
            + "|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

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
        if (text == null) {
            return "";
        }
        if (isAscii(text)) { // most syllables of a card typed without accents: nothing to decompose
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.appendCodePoint(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
            }
        });
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        text = INVISIBLE.matcher(text).replaceAll("");
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
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
