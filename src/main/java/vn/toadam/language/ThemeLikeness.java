package vn.toadam.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How alike themes are to each other: the average similarity of their cards (on the cards' plain similarities, without
 * the kind hint and shared-neighbour blend the clusterer adds). Themes below the threshold stay apart, yet the nearest
 * one is often the same idea in other words: the moderator's "merge with" and "put into" choices list the most alike
 * first.
 */
public final class ThemeLikeness {

    /** Only themes of at least this many cards are offered as a theme to merge with or put a card into. */
    public static final int OFFERED_MIN_CARDS = 2;

    private ThemeLikeness() {
    }

    /**
     * For each theme, the indexes of the other themes of {@link #OFFERED_MIN_CARDS} cards or more, most alike first
     * (ties by index); themes holding a card the moderator put apart from one of its cards come last, in that order.
     *
     * @param similarities the cards' pairwise similarities ({@link Corpus#similarities()}), not changed
     * @param themes       card indexes of each theme
     * @param apart        pairs of cards that must stay apart (cannot-links)
     */
    public static List<int[]> nearestFirst(double[][] similarities, List<List<Integer>> themes,
                                           Collection<ThemeClusterer.Pair> apart) {
        int m = themes.size();
        int[] themeOf = new int[similarities.length];
        for (int t = 0; t < m; t++) {
            for (int i : themes.get(t)) {
                themeOf[i] = t;
            }
        }
        int[] offered = java.util.stream.IntStream.range(0, m)
                .filter(t -> themes.get(t).size() >= OFFERED_MIN_CARDS).toArray();
        int[] column = new int[m];
        java.util.Arrays.fill(column, -1);
        for (int k = 0; k < offered.length; k++) {
            column[offered[k]] = k;
        }
        // sums of similarities between each theme and each offered one: m × (themes offered) values
        double[][] sum = new double[m][offered.length];
        for (int i = 0; i < similarities.length; i++) {
            for (int j = i + 1; j < similarities.length; j++) {
                int a = themeOf[i];
                int b = themeOf[j];
                if (a != b) {
                    if (column[b] >= 0) {
                        sum[a][column[b]] += similarities[i][j];
                    }
                    if (column[a] >= 0) {
                        sum[b][column[a]] += similarities[i][j];
                    }
                }
            }
        }
        boolean[][] keptApart = new boolean[m][offered.length];
        for (ThemeClusterer.Pair p : apart) {
            int a = themeOf[p.a()];
            int b = themeOf[p.b()];
            if (column[b] >= 0) {
                keptApart[a][column[b]] = true;
            }
            if (column[a] >= 0) {
                keptApart[b][column[a]] = true;
            }
        }
        List<int[]> result = new ArrayList<>(m);
        for (int a = 0; a < m; a++) {
            int self = a;
            double[] average = sum[a];
            List<Integer> others = new ArrayList<>(offered.length);
            for (int k = 0; k < offered.length; k++) {
                average[k] /= (double) themes.get(a).size() * themes.get(offered[k]).size();
                if (offered[k] != self) {
                    others.add(k);
                }
            }
            boolean[] apartFromA = keptApart[a];
            others.sort(Comparator.comparing((Integer k) -> apartFromA[k])
                    .thenComparingDouble(k -> -average[k]).thenComparingInt(k -> k));
            result.add(others.stream().mapToInt(k -> offered[k]).toArray());
        }
        return result;
    }
}
