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
                out.add(token);
            }
        }
        return out;
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
