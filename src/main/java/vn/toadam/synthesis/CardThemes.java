package vn.toadam.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.toadam.board.CardSnapshot;
import vn.toadam.language.Corpus;
import vn.toadam.language.FeatureVector;
import vn.toadam.language.TextSimilarity;
import vn.toadam.language.ThemeClusterer;
import vn.toadam.language.ThemeLikeness;

/**
 * Suggested themes of cards. Each card's features are computed once per card version (and thesaurus generation) and
 * kept, so suggesting themes again after one new card only analyses that card.
 */
@Component
public class CardThemes {

    /** Cards whose features are kept; past this the cache starts afresh (features are cheap to recompute). */
    public static final int CACHED_CARDS_MAX = 50_000;

    /**
     * @param nearest indexes, in the list of themes this one was returned in, of the other themes that can be offered
     *                to merge with or put a card into, most alike first ({@link ThemeLikeness#nearestFirst})
     */
    public record Theme(CardSnapshot label, List<CardSnapshot> cards, int[] nearest) {
    }

    private record Cached(long version, long generation, FeatureVector features) {
    }

    private final TextSimilarity similarity;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    public CardThemes(TextSimilarity similarity) {
        this.similarity = similarity;
    }

    /** Every card in one theme, largest theme first; a theme's label is its most central card. */
    public List<Theme> themes(List<CardSnapshot> cards, double threshold) {
        return themes(cards, threshold, List.of(), List.of());
    }

    /** The same, with pairs of card ids the moderator put together (must-link) or apart (cannot-link). */
    public List<Theme> themes(List<CardSnapshot> cards, double threshold, List<long[]> together, List<long[]> apart) {
        Corpus corpus = similarity.corpusOf(cards.stream().map(this::features).toList());
        Map<Long, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            index.put(cards.get(i).id(), i);
        }
        List<ThemeClusterer.Pair> kept = pairs(apart, index);
        ThemeClusterer.Options options = ThemeClusterer.Options.threshold(threshold)
                .withKinds(cards.stream().map(CardSnapshot::type).toList())
                .withLinks(pairs(together, index), kept);
        double[][] similarities = corpus.similarities();
        List<List<Integer>> groups = ThemeClusterer.cluster(similarities, options);
        List<int[]> nearest = ThemeLikeness.nearestFirst(similarities, groups, kept);
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < groups.size(); t++) {
            List<Integer> group = groups.get(t);
            themes.add(new Theme(cards.get(corpus.centralIndex(group)), group.stream().map(cards::get).toList(),
                    nearest.get(t)));
        }
        return themes;
    }

    FeatureVector features(CardSnapshot card) {
        long generation = similarity.generation();
        Cached c = cache.get(card.id());
        if (c == null || c.version() != card.version() || c.generation() != generation) {
            if (cache.size() >= CACHED_CARDS_MAX) {
                cache.clear();
            }
            c = new Cached(card.version(), generation, similarity.features(card.text()));
            cache.put(card.id(), c);
        }
        return c.features();
    }

    private static List<ThemeClusterer.Pair> pairs(List<long[]> ids, Map<Long, Integer> index) {
        List<ThemeClusterer.Pair> out = new ArrayList<>();
        for (long[] p : ids) {
            Integer a = index.get(p[0]);
            Integer b = index.get(p[1]);
            if (a != null && b != null) {
                out.add(new ThemeClusterer.Pair(a, b));
            }
        }
        return out;
    }
}
