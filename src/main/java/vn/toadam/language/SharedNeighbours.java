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
        int[][] ids = new int[n][];
        double[][] weights = new double[n][];
        double[] norms = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            final int row = i;
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            Arrays.sort(order, (a, b) -> Double.compare(own(sim, row, b), own(sim, row, a)));
            int[] top = new int[k + 1];
            for (int q = 0; q <= k; q++) {
                top[q] = order[q];
            }
            Arrays.sort(top);
            double[] w = new double[k + 1];
            double norm = 0;
            for (int q = 0; q <= k; q++) {
                w[q] = Math.max(0, own(sim, row, top[q]));
                norm += w[q] * w[q];
            }
            ids[i] = top;
            weights[i] = w;
            norms[i] = Math.sqrt(norm);
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double second = dot(ids[i], weights[i], ids[j], weights[j]) / (norms[i] * norms[j] + 1e-12);
                double blended = (1 - WEIGHT) * sim[i][j] + WEIGHT * second;
                out[i][j] = blended;
                out[j][i] = blended;
            }
        }
        return out;
    }

    /** A card is its own nearest neighbour. */
    private static double own(double[][] sim, int i, int j) {
        return i == j ? 1 : sim[i][j];
    }

    private static double dot(int[] ia, double[] wa, int[] ib, double[] wb) {
        double sum = 0;
        int a = 0;
        int b = 0;
        while (a < ia.length && b < ib.length) {
            if (ia[a] == ib[b]) {
                sum += wa[a++] * wb[b++];
            } else if (ia[a] < ib[b]) {
                a++;
            } else {
                b++;
            }
        }
        return sum;
    }
}
