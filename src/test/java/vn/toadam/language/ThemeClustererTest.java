package vn.toadam.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeClustererTest {

    @Test
    void theSimilaritiesGivenAreLeftUnchangedForTheirOtherUses() {
        // fewer cards than the blend needs, so the merges work in the clusterer's own matrix; kinds change it too
        double[][] few = {{1, 0.9, 0.1}, {0.9, 1, 0.2}, {0.1, 0.2, 1}};
        double[][] before = copy(few);

        List<List<Integer>> themes = ThemeClusterer.cluster(few,
                ThemeClusterer.Options.threshold(0.3).withKinds(List.of("A", "B", "A")));

        assertThat(themes).containsExactly(List.of(0, 1), List.of(2));
        assertThat(few).isDeepEqualTo(before);
    }

    private static double[][] copy(double[][] m) {
        return Arrays.stream(m).map(double[]::clone).toArray(double[][]::new);
    }
}
