package vn.toadam.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeLikenessTest {

    // card 0 alone | cards 1, 2, 3 each a little like card 0 | cards 4, 5: card 4 rather like card 0, card 5 not
    private static final double[][] SIMILARITIES = {
            {1, 0.2, 0.2, 0.2, 0.5, 0.0},
            {0.2, 1, 0.6, 0.6, 0.0, 0.0},
            {0.2, 0.6, 1, 0.6, 0.0, 0.0},
            {0.2, 0.6, 0.6, 1, 0.0, 0.0},
            {0.5, 0.0, 0.0, 0.0, 1, 0.7},
            {0.0, 0.0, 0.0, 0.0, 0.7, 1}};
    private static final List<List<Integer>> THEMES = List.of(List.of(1, 2, 3), List.of(4, 5), List.of(0));

    @Test
    void theThemesOfferedComeByTheAverageSimilarityOfTheirCardsNotTheSum() {
        List<int[]> nearest = ThemeLikeness.nearestFirst(SIMILARITIES, THEMES, List.of());

        // card 0 against theme 1: (0.5 + 0) / 2 = 0.25; against theme 0: 0.6 / 3 = 0.2 (more in sum, less alike)
        assertThat(nearest.get(2)).containsExactly(1, 0);
        // a one-card theme is never offered
        assertThat(nearest.get(0)).containsExactly(1);
        assertThat(nearest.get(1)).containsExactly(0);
    }

    @Test
    void aThemeHoldingACardTheModeratorPutApartComesLast() {
        List<int[]> nearest = ThemeLikeness.nearestFirst(SIMILARITIES, THEMES, List.of(new ThemeClusterer.Pair(0, 5)));

        assertThat(nearest.get(2)).containsExactly(0, 1);
    }

    @Test
    void themesEquallyAlikeKeepTheirOrderAndTheSimilaritiesAreLeftAsTheyWere() {
        double[][] s = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
        List<int[]> nearest = ThemeLikeness.nearestFirst(s, List.of(List.of(0), List.of(1, 2), List.of(3)), List.of());
        assertThat(nearest.get(0)).containsExactly(1);
        assertThat(nearest.get(1)).isEmpty();
        assertThat(s[1][2]).isZero();
    }
}
