package vn.toadam.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;
import vn.toadam.synthesis.SolutionMatcher;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopSummary;

/**
 * The answers to one difficulty, from the database, in a workshop holding the 260 labelled paraphrase cards spread
 * over three groups. Not part of the test suite; command in the README. Results: target/bench/matching.md.
 * Target ≤ 50 ms per difficulty.
 */
class MatchingBenchmark extends IntegrationTest {

    static final int CARDS_PER_PERSON = 9;
    static final int WARM_UP = 2;

    @Autowired Fixtures fixtures;
    @Autowired CardService cards;
    @Autowired SolutionMatcher matcher;

    @Test
    void answersToOneDifficulty() throws IOException {
        WorkshopSummary workshop = fixtures.workshop("Đo tốc độ tìm giải pháp");
        List<String[]> labelled = load();
        List<Long> difficulties = new ArrayList<>();
        ParticipantInfo person = null;
        for (int i = 0; i < labelled.size(); i++) {
            if (i % CARDS_PER_PERSON == 0) {
                person = fixtures.join(workshop, (i / CARDS_PER_PERSON) % 3, "Học viên " + i);
            }
            CardSnapshot c = cards.post(person.id(), CardType.valueOf(labelled.get(i)[1]), labelled.get(i)[2], null,
                    "b" + i);
            if (c.type() == CardType.DIFFICULTY) {
                difficulties.add(c.id());
            }
        }
        long w = workshop.id();
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < WARM_UP + 1; round++) {
            for (long d : difficulties) {
                long start = System.nanoTime();
                fixtures.asTrainer(() -> matcher.matches(w, d));
                if (round >= WARM_UP) {
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        long start = System.nanoTime();
        int themes = fixtures.asTrainer(() -> matcher.themes(w)).size();
        double themesMs = (System.nanoTime() - start) / 1e6;
        times.sort(Double::compare);
        double median = times.get(times.size() / 2);
        double p95 = times.get((int) (times.size() * 0.95));
        String report = String.format(Locale.ROOT, "# Matching solutions to a difficulty, %s%n%nMachine: %d cores, "
                        + "Java %s. %d cards (the labelled paraphrase set) in 3 groups, H2; %d difficulties each "
                        + "matched once after %d warm-up rounds.%n%n| cards | difficulties | median ms | p95 ms | "
                        + "max ms | all %d themes ms |%n|---|---|---|---|---|---|%n| %d | %d | %.1f | %.1f | %.1f | "
                        + "%.0f |%n%nTarget: ≤ 50 ms for one difficulty.%n",
                LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), labelled.size(), difficulties.size(), WARM_UP, themes,
                labelled.size(), difficulties.size(), median, p95, times.get(times.size() - 1), themesMs);
        BenchResults.write("matching.md", report);
        System.out.println(report);
        org.assertj.core.api.Assertions.assertThat(median).as("matching median ms").isLessThanOrEqualTo(50);
    }

    private static List<String[]> load() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = MatchingBenchmark.class.getResourceAsStream("/synthesis/paraphrase-cards.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                    out.add(lines[i].split("\t", 3));
                }
            }
        }
        return out;
    }
}
