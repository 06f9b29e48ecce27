package vn.toadam.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.toadam.base.Texts;

/** Vietnamese text as lower-case syllables (accents kept; {@link Texts#fold} removes them where wanted). */
public final class Syllables {

    private Syllables() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String token : Texts.clean(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (!token.isEmpty()) {
                out.add(spelling(token));
            }
        }
        return out;
    }

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    /** Syllables spelt with i or y alike ("lí luận" = "lý luận"); only these, the rest keep their letter. */
    private static final java.util.Map<String, String> I_Y = java.util.Map.of("lí", "lý", "kĩ", "kỹ", "kí", "ký",
            "quí", "quý", "mĩ", "mỹ", "tỉ", "tỷ", "hi", "hy");

    /**
     * One spelling for the two ways of placing the tone: "hoà" = "hòa", "uỷ" = "ủy", "thuỷ" = "thủy" (the tone goes
     * on the first vowel of oa, oe, uy at the end of a syllable; "quý" keeps it on y), and {@link #I_Y}.
     */
    static String spelling(String syllable) {
        String iy = I_Y.get(syllable);
        if (iy != null) {
            return iy;
        }
        String d = java.text.Normalizer.normalize(syllable, java.text.Normalizer.Form.NFD);
        int n = d.length();
        if (n < 3 || TONES.indexOf(d.charAt(n - 1)) < 0) {
            return syllable;
        }
        char second = d.charAt(n - 2);
        char first = d.charAt(n - 3);
        boolean oaOe = first == 'o' && (second == 'a' || second == 'e');
        boolean uy = first == 'u' && second == 'y' && (n < 4 || d.charAt(n - 4) != 'q');
        if (!oaOe && !uy) {
            return syllable;
        }
        String moved = d.substring(0, n - 2) + d.charAt(n - 1) + second;
        return java.text.Normalizer.normalize(moved, java.text.Normalizer.Form.NFC);
    }

    /** True when the text carries no Vietnamese accents at all (typed without them). */
    public static boolean unaccented(List<String> syllables) {
        for (String s : syllables) {
            if (!Texts.fold(s).equals(s)) {
                return false;
            }
        }
        return true;
    }
}
