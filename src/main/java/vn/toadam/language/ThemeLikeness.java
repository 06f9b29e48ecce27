package vn.toadam.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How alike themes are to each other: the average similarity of their cards (average linkage, as the clusterer
 * joins them). Themes below the threshold stay apart, yet the nearest one is often the same idea in other words:
 * the moderator's "merge with" and "put into" choices list the most alike first.
 */
public final class ThemeLikeness {

    private ThemeLikeness() {
    }

    /**
     * For each theme, the indexes of the other themes, most alike first (ties by index).
     *
     * @param similarities the cards' pairwise similarities ({@link Corpus#similarities()})
     * @param themes       card indexes of each theme
     */
    public static List<List<Integer>> nearestFirst(double[][] similarities, List<List<Integer>> themes) {
        int m = themes.size();
        int[] themeOf = new int[similarities.length];
        for (int t = 0; t < m; t++) {
            for (int i : themes.get(t)) {
                themeOf[i] = t;
            }
        }
        double[][] sum = new double[m][m];
        for (int i = 0; i < similarities.length; i++) {
            for (int j = i + 1; j < similarities.length; j++) {
                int a = themeOf[i];
                int b = themeOf[j];
                if (a != b) {
                    sum[a][b] += similarities[i][j];
                    sum[b][a] += similarities[i][j];
                }
            }
        }
        List<List<Integer>> result = new ArrayList<>(m);
        for (int a = 0; a < m; a++) {
            double[] average = new double[m];
            for (int b = 0; b < m; b++) {
                average[b] = sum[a][b] / ((double) themes.get(a).size() * themes.get(b).size());
            }
            List<Integer> others = new ArrayList<>(m - 1);
            for (int b = 0; b < m; b++) {
                if (b != a) {
                    others.add(b);
                }
            }
            others.sort(Comparator.comparingDouble((Integer b) -> -average[b]).thenComparingInt(b -> b));
            result.add(others);
        }
        return result;
    }
}
