package vn.toadam.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.toadam.language.TextSimilarity;
import vn.toadam.language.ThemeClusterer;

/**
 * Suggesting themes for 1,000 generated Vietnamese cards (the server's grouping, no database). Not part of the test
 * suite; command in the README. Results: target/bench/grouping.md. Target ≤ 300 ms.
 */
class GroupingBenchmark {

    static final int CARDS = 1000;
    static final int WARM_UP = 5;
    static final int RUNS = 15;

    @Test
    void groupThousandCards() throws Exception {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) {
            texts.add(VietnameseCards.card(random));
        }
        // Features are computed once per stored card (CardThemes caches them): time what a click does.
        TextSimilarity similarity = TextSimilarity.builtIn();
        List<vn.toadam.language.FeatureVector> features = texts.stream().map(similarity::features).toList();
        List<Double> times = new ArrayList<>();
        int groups = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            // the themes, then how alike they are (the order of the moderator's choices), as CardThemes computes them
            double[][] pairs = similarity.corpusOf(features).similarities();
            List<List<Integer>> themes = ThemeClusterer.cluster(pairs,
                    ThemeClusterer.Options.threshold(ThemeClusterer.DEFAULT_THRESHOLD));
            vn.toadam.language.ThemeLikeness.nearestFirst(pairs, themes, List.of());
            groups = themes.size();
            if (i >= WARM_UP) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        times.sort(Double::compare);
        double median = times.get(times.size() / 2);
        String report = String.format(Locale.ROOT, "# Grouping, %s%n%nMachine: %d cores, Java %s. %d generated cards, "
                        + "threshold %.2f, %d runs after %d warm-up runs.%n%n| cards | themes | median ms | max ms |%n"
                        + "|---|---|---|---|%n| %d | %d | %.0f | %.0f |%n%nTarget: ≤ 300 ms.%n",
                LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), CARDS, ThemeClusterer.DEFAULT_THRESHOLD, RUNS, WARM_UP, CARDS,
                groups, median, times.get(times.size() - 1));
        BenchResults.write("grouping.md", report);
        System.out.println(report);
        org.assertj.core.api.Assertions.assertThat(median).as("grouping median ms").isLessThanOrEqualTo(300);
    }
}
