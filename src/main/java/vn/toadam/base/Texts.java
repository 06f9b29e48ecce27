package vn.toadam.base;

import java.text.Normalizer;

/** How user text is cleaned before any rule is checked: NFC (decomposed Vietnamese composes) and trimmed. */
public final class Texts {

    private Texts() {
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
