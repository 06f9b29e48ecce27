package vn.toadam.language;

import java.util.Arrays;

/**
 * Second-order similarity: two cards that share few words but are both close to the same other cards are probably
 * about the same thing ("họp tối cho người đi làm về kịp" and "trùng giờ làm ca" both resemble "họp giờ nào cho
 * đông"). Each card is described by its similarities to its nearest {@code k} cards (itself included); the cosine of
 * two such descriptions is blended into the direct similarity. Written here because it is a few lines over the
 * matrix we already have; no library offers it for a precomputed similarity matrix.
 */
final class SharedNeighbours {

    /** Share of the blended similarity that comes from shared neighbours (chosen on the development sets). */
    static final double WEIGHT = 0.7;
    /** Below this many cards, neighbourhoods say nothing. */
    static final int CARDS_MIN = 4;

    private SharedNeighbours() {
    }

    /** k = √n: about the size of a theme in a class's board of 50–300 cards. */
    static int neighbours(int n) {
        return Math.max(2, (int) Math.round(Math.sqrt(n)));
    }

    /** The blended similarities; {@code sim} (symmetric, any diagonal) is not changed. */
    static double[][] blend(double[][] sim) {
        int n = sim.length;
        if (n < CARDS_MIN) {
            return sim;
        }
        int k = Math.min(neighbours(n), n - 1);
        // For each card, its k + 1 nearest (itself included) and their weights, normalised; then, card by card
        // as a neighbour, the products of the weights of every two cards that share it (about n·(k+1)² products
        // instead of a merge of two lists for each of the n²/2 pairs).
        int[][] ids = new int[n][];
        double[][] weights = new double[n][];
        int[] sharing = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = nearest(sim, i, k + 1);
            double[] w = new double[k + 1];
            double norm = 0;
            for (int q = 0; q <= k; q++) {
                w[q] = Math.max(0, own(sim, i, ids[i][q]));
                norm += w[q] * w[q];
            }
            norm = Math.sqrt(norm) + 1e-12;
            for (int q = 0; q <= k; q++) {
                w[q] /= norm;
                sharing[ids[i][q]]++;
            }
            weights[i] = w;
        }
        int[][] cardsOf = new int[n][];
        double[][] weightsOf = new double[n][];
        for (int j = 0; j < n; j++) {
            cardsOf[j] = new int[sharing[j]];
            weightsOf[j] = new double[sharing[j]];
            sharing[j] = 0;
        }
        for (int i = 0; i < n; i++) {
            for (int q = 0; q <= k; q++) {
                int j = ids[i][q];
                cardsOf[j][sharing[j]] = i;
                weightsOf[j][sharing[j]++] = weights[i][q];
            }
        }
        double[][] out = new double[n][n]; // first the second-order sums, above the diagonal
        for (int j = 0; j < n; j++) {
            int[] c = cardsOf[j];
            double[] w = weightsOf[j];
            for (int x = 0; x < c.length; x++) {
                double[] row = out[c[x]];
                for (int y = x + 1; y < c.length; y++) {
                    row[c[y]] += w[x] * w[y];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                // cards are added to cardsOf in increasing order, so each pair's sum is in out[min][max]
                double blended = (1 - WEIGHT) * sim[i][j] + WEIGHT * out[i][j];
                out[i][j] = blended;
                out[j][i] = blended;
            }
        }
        return out;
    }

    /**
     * The {@code count} cards most like card {@code i} (itself first as the most alike), ties to the lower index,
     * in increasing index order.
     */
    static int[] nearest(double[][] sim, int i, int count) {
        int n = sim.length;
        double[] values = new double[n];
        for (int j = 0; j < n; j++) {
            values[j] = own(sim, i, j);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double cut = sorted[n - count];
        int above = 0;
        for (double v : values) {
            if (v > cut) {
                above++;
            }
        }
        int ties = count - above;
        int[] top = new int[count];
        int q = 0;
        for (int j = 0; j < n && q < count; j++) {
            if (values[j] > cut || values[j] == cut && ties-- > 0) {
                top[q++] = j;
            }
        }
        return top;
    }

    /** A card is its own nearest neighbour. */
    private static double own(double[][] sim, int i, int j) {
        return i == j ? 1 : sim[i][j];
    }
}
