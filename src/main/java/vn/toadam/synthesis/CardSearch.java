package vn.toadam.synthesis;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.toadam.base.Texts;

/** Search that ignores accents and case ("đ" finds "d") but ranks matches typed with the same accents first. */
public final class CardSearch {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private CardSearch() {
    }

    /** 2 for a match with the same accents, 1 for a match once accents are ignored, 0 for none. */
    public static int rank(String query, String text) {
        String q = Texts.clean(query == null ? "" : query).toLowerCase(VIETNAMESE);
        if (q.isEmpty()) {
            return 1;
        }
        String t = Texts.clean(text).toLowerCase(VIETNAMESE);
        if (t.contains(q)) {
            return 2;
        }
        return Texts.fold(t).contains(Texts.fold(q)) ? 1 : 0;
    }

    /** The items that match, exact matches first, otherwise in their given order. */
    public static <T> List<T> filter(String query, List<T> items, Function<T, String> text) {
        return items.stream().filter(i -> rank(query, text.apply(i)) > 0)
                .sorted(Comparator.comparingInt((T i) -> -rank(query, text.apply(i)))).toList();
    }
}
