package vn.toadam.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.toadam.synthesis.TextClusterer;

/**
 * Suggesting themes for 1,000 generated Vietnamese cards (the server's grouping, no database). Not part of the test
 * suite; command in the README. Results: target/bench/grouping.md. Target ≤ 200 ms.
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
        List<Double> times = new ArrayList<>();
        int groups = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            groups = TextClusterer.cluster(texts, TextClusterer.DEFAULT_THRESHOLD).size();
            if (i >= WARM_UP) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        times.sort(Double::compare);
        double median = times.get(times.size() / 2);
        String report = String.format(Locale.ROOT, "# Grouping, %s%n%nMachine: %d cores, Java %s. %d generated cards, "
                        + "threshold %.2f, %d runs after %d warm-up runs.%n%n| cards | themes | median ms | max ms |%n"
                        + "|---|---|---|---|%n| %d | %d | %.0f | %.0f |%n%nTarget: ≤ 200 ms.%n",
                LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), CARDS, TextClusterer.DEFAULT_THRESHOLD, RUNS, WARM_UP, CARDS,
                groups, median, times.get(times.size() - 1));
        BenchResults.write("grouping.md", report);
        System.out.println(report);
        org.assertj.core.api.Assertions.assertThat(median).as("grouping median ms").isLessThanOrEqualTo(200);
    }
}
