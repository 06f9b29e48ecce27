package vn.toadam.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Themes from a corpus: average-linkage agglomerative clustering (the result does not depend on card order), stopped
 * when the two closest themes are less alike than the threshold. Pairs the moderator merged are kept together
 * (must-link) and pairs they split are kept apart (cannot-link); the card's kind, when given, only nudges the
 * similarity. Uses the nearest-neighbour chain, O(n²) time and memory for n texts.
 */
public final class ThemeClusterer {

    /**
     * Default average similarity (direct and through shared neighbours) two themes need to become one; chosen on the
     * three development sets (pairwise F1 at 0.20 / 0.25 / 0.30 / 0.35, see LabelledGroupingTest).
     */
    public static final double DEFAULT_THRESHOLD = 0.30;
    /** Added to the similarity of two cards of the same kind, taken from that of different kinds. */
    static final double SAME_KIND_BONUS = 0.02;
    private static final double APART = -1e6;

    /** Index pair of two texts of the corpus. */
    public record Pair(int a, int b) {
    }

    /**
     * @param kinds      each text's kind (for instance the card type), or null to ignore kinds
     * @param mustLink   pairs that must end in the same theme
     * @param cannotLink pairs that must not
     */
    public record Options(double threshold, List<?> kinds, Collection<Pair> mustLink, Collection<Pair> cannotLink) {

        public static Options threshold(double threshold) {
            return new Options(threshold, null, List.of(), List.of());
        }

        public Options withKinds(List<?> kinds) {
            return new Options(threshold, kinds, mustLink, cannotLink);
        }

        public Options withLinks(Collection<Pair> mustLink, Collection<Pair> cannotLink) {
            return new Options(threshold, kinds, mustLink, cannotLink);
        }
    }

    private ThemeClusterer() {
    }

    public static List<List<Integer>> cluster(Corpus corpus, double threshold) {
        return cluster(corpus, Options.threshold(threshold));
    }

    /** Indexes of the texts of each theme, largest theme first, ties by first index; every text in one theme. */
    public static List<List<Integer>> cluster(Corpus corpus, Options options) {
        return clusterInPlace(corpus.similarities(), options);
    }

    /** The same from the texts' pairwise similarities ({@link Corpus#similarities()}), which it leaves unchanged. */
    public static List<List<Integer>> cluster(double[][] similarities, Options options) {
        double[][] copy = new double[similarities.length][];
        for (int i = 0; i < similarities.length; i++) {
            copy[i] = similarities[i].clone();
        }
        return clusterInPlace(copy, options);
    }

    /** @param pairs the texts' pairwise similarities, written into (the kinds and, for a few texts, the merges) */
    private static List<List<Integer>> clusterInPlace(double[][] pairs, Options options) {
        int n = pairs.length;
        if (n == 0) {
            return List.of();
        }
        // Must-links first: each connected set of linked texts starts as one cluster.
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = i;
        }
        for (Pair p : options.mustLink()) {
            if (valid(p, n)) {
                root[find(root, p.a())] = find(root, p.b());
            }
        }
        Map<Integer, Integer> clusterOfRoot = new HashMap<>();
        int[] start = new int[n];
        for (int i = 0; i < n; i++) {
            start[i] = clusterOfRoot.computeIfAbsent(find(root, i), k -> clusterOfRoot.size());
        }
        int m = clusterOfRoot.size();
        int[] size = new int[m];
        if (options.kinds() != null) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double s = pairs[i][j] + (Objects.equals(options.kinds().get(i), options.kinds().get(j))
                            ? SAME_KIND_BONUS : -SAME_KIND_BONUS);
                    pairs[i][j] = s;
                    pairs[j][i] = s;
                }
            }
        }
        pairs = SharedNeighbours.blend(pairs);
        double[][] sim = m == n && isIdentity(start) ? pairs : new double[m][m];
        boolean inPlace = sim == pairs;
        for (int i = 0; i < n; i++) {
            size[start[i]]++;
            for (int j = i + 1; j < n; j++) {
                double s = pairs[i][j];
                if (inPlace) {
                    sim[i][j] = s;
                    sim[j][i] = s;
                } else if (start[i] != start[j]) {
                    sim[start[i]][start[j]] += s;
                    sim[start[j]][start[i]] += s;
                }
            }
        }
        if (!inPlace) {
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    if (a != b) {
                        sim[a][b] /= (double) size[a] * size[b];
                    }
                }
            }
        }
        for (Pair p : options.cannotLink()) {
            if (valid(p, n) && start[p.a()] != start[p.b()]) {
                sim[start[p.a()]][start[p.b()]] = APART;
                sim[start[p.b()]][start[p.a()]] = APART;
            }
        }
        int[] merged = mergeAbove(sim, size, options.threshold());
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(merged[start[i]], k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> result = new ArrayList<>(groups.values());
        result.sort((a, b) -> a.size() != b.size() ? b.size() - a.size() : a.get(0) - b.get(0));
        return result;
    }

    /**
     * Nearest-neighbour chain on average linkage (reducible, so it finds the same merges as always joining the
     * globally closest pair); returns for each starting cluster the cluster it ends in.
     */
    private static int[] mergeAbove(double[][] sim, int[] size, double threshold) {
        int m = size.length;
        boolean[] active = new boolean[m];
        java.util.Arrays.fill(active, true);
        int[] owner = new int[m];
        for (int i = 0; i < m; i++) {
            owner[i] = i;
        }
        int[] chain = new int[m];
        int top = 0;
        int remaining = m;
        while (remaining > 1) {
            if (top == 0) {
                int first = 0;
                while (!active[first]) {
                    first++;
                }
                chain[top++] = first;
            }
            int a = chain[top - 1];
            int previous = top >= 2 ? chain[top - 2] : -1;
            int best = previous;
            double bestSim = previous >= 0 ? sim[a][previous] : Double.NEGATIVE_INFINITY;
            for (int b = 0; b < m; b++) {
                if (active[b] && b != a && sim[a][b] > bestSim) {
                    best = b;
                    bestSim = sim[a][b];
                }
            }
            if (best < 0 || bestSim < threshold) {
                // No theme is close enough to this one: it is final; leave it out of the chain.
                active[a] = false;
                remaining--;
                top--;
                continue;
            }
            if (best == previous) {
                top -= 2;
                merge(sim, size, active, owner, previous, a);
                remaining--;
            } else {
                chain[top++] = best;
            }
        }
        int[] result = new int[m];
        for (int i = 0; i < m; i++) {
            int r = i;
            while (owner[r] != r) {
                r = owner[r];
            }
            result[i] = r;
        }
        return result;
    }

    /** Merges b into a with the Lance–Williams update of average linkage. */
    private static void merge(double[][] sim, int[] size, boolean[] active, int[] owner, int a, int b) {
        for (int c = 0; c < size.length; c++) {
            if (active[c] && c != a && c != b) {
                double s = (size[a] * sim[a][c] + size[b] * sim[b][c]) / (size[a] + size[b]);
                sim[a][c] = s;
                sim[c][a] = s;
            }
        }
        size[a] += size[b];
        active[b] = false;
        owner[b] = a;
    }

    private static boolean isIdentity(int[] start) {
        for (int i = 0; i < start.length; i++) {
            if (start[i] != i) {
                return false;
            }
        }
        return true;
    }

    private static boolean valid(Pair p, int n) {
        return p.a() >= 0 && p.b() >= 0 && p.a() < n && p.b() < n && p.a() != p.b();
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }
}
