package vn.toadam.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SharedNeighboursTest {

    @Test
    void nearestCardsAreTheMostAlikeWithTiesToTheLowerIndex() {
        double[][] sim = {
                {0, 0.5, 0.2, 0.5, 0.5},
                {0.5, 0, 0.1, 0.1, 0.1},
                {0.2, 0.1, 0, 0.9, 0.1},
                {0.5, 0.1, 0.9, 0, 0.3},
                {0.5, 0.1, 0.1, 0.3, 0}};
        assertThat(SharedNeighbours.nearest(sim, 0, 3)).containsExactly(0, 1, 3);
        assertThat(SharedNeighbours.nearest(sim, 2, 2)).containsExactly(2, 3);
        assertThat(SharedNeighbours.nearest(sim, 4, 5)).containsExactly(0, 1, 2, 3, 4);
    }

    /** The blend equals its definition: direct similarity mixed with the cosine of the two cards' neighbourhoods. */
    @Test
    void blendIsTheCosineOfNeighbourhoodsMixedWithTheDirectSimilarity() {
        Random random = new Random(7);
        int n = 60;
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = random.nextInt(4) == 0 ? 0 : Math.round(random.nextDouble() * 20) / 20.0; // with ties
                sim[i][j] = s;
                sim[j][i] = s;
            }
        }
        int k = SharedNeighbours.neighbours(n);
        double[][] neighbourhood = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j : SharedNeighbours.nearest(sim, i, k + 1)) {
                neighbourhood[i][j] = i == j ? 1 : sim[i][j];
            }
        }
        double[][] blended = SharedNeighbours.blend(sim);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double expected = (1 - SharedNeighbours.WEIGHT) * sim[i][j]
                        + SharedNeighbours.WEIGHT * cosine(neighbourhood[i], neighbourhood[j]);
                assertThat(blended[i][j]).as("%d, %d", i, j).isCloseTo(expected, within(1e-9));
            }
        }
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / (Math.sqrt(na) * Math.sqrt(nb));
    }
}
