package vn.toadam.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeLikenessTest {

    @Test
    void theOtherThemesComeMostAlikeFirstByTheAverageSimilarityOfTheirCards() {
        // cards 0,1 | 2 | 3,4: card 2 is a little like both cards of theme 2 and like one card of theme 0 only
        double[][] s = {
                {1, 0.8, 0.3, 0.0, 0.0},
                {0.8, 1, 0.0, 0.0, 0.0},
                {0.3, 0.0, 1, 0.2, 0.2},
                {0.0, 0.0, 0.2, 1, 0.7},
                {0.0, 0.0, 0.2, 0.7, 1}};
        List<List<Integer>> themes = List.of(List.of(0, 1), List.of(2), List.of(3, 4));

        List<List<Integer>> nearest = ThemeLikeness.nearestFirst(s, themes);

        assertThat(nearest.get(1)).containsExactly(2, 0); // average 0.20 against 0.15
        assertThat(nearest.get(0)).containsExactly(1, 2);
        assertThat(nearest.get(2)).containsExactly(1, 0);
    }

    @Test
    void themesEquallyAlikeKeepTheirOrder() {
        double[][] s = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        assertThat(ThemeLikeness.nearestFirst(s, List.of(List.of(0), List.of(1), List.of(2))))
                .containsExactly(List.of(1, 2), List.of(0, 2), List.of(0, 1));
    }
}
