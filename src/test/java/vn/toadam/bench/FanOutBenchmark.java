package vn.toadam.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.toadam.board.CardService;
import vn.toadam.board.CardType;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;

/**
 * Card fan-out with real Vaadin UIs: N learners in three groups, each a real board UI with a push WebSocket
 * (browser-less clients); cards are posted one at a time and each same-group board's receipt is timed.
 * Not part of the test suite (its name does not end in Test); run it with the command in the README.
 * Sizes: -Dbench.fanout.sizes=50,150,500,1000 (default). Results: target/bench/fanout.md.
 */
class FanOutBenchmark {

    private static final int WARM_UP_CARDS = Integer.getInteger("bench.fanout.warmup", 60);
    private static final int MEASURED_CARDS = 60;
    /** Cards come one at a time, as in a class: each is delivered before the next is posted. */
    private static final int PAUSE_BETWEEN_CARDS_MS = 20;

    @Test
    void fanOut() throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.fanout.sizes", "50,150,500,1000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        StringBuilder report = new StringBuilder("# Card fan-out, " + LocalDateTime.now().withNano(0) + "\n\n"
                + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; app in the benchmark's JVM (production-mode frontend, H2 "
                + "file), browser-less clients in a second JVM.\n"
                + "Latency: from the poster's call to the card service (commit, then broadcast) to a same-group board's "
                + "push message carrying the card. Clients in a second JVM on the same 2 cores.\n\n"
                + "*post* is the service call alone (p50): the commit and the hand-off to the push lanes.\n"
                + "*changes* and *bytes*: the push message that carries a new card to a board, per card per board "
                + "(median; max in brackets): its UIDL node changes and its size in UTF-8 bytes.\n\n"
                + "| learners | boards per group | cards | deliveries | post ms | p50 ms | p95 ms | p99 ms | max ms "
                + "| changes | bytes |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        java.util.Map<Integer, double[]> tails = new java.util.TreeMap<>();
        for (int n : sizes) {
            report.append(run(n, tails)).append('\n');
            System.out.println(report);
        }
        report.append("\nTargets: 150 learners p95 ≤ 50 ms and p99 ≤ 150 ms; 1,000 learners p95 ≤ 200 ms.\n");
        BenchResults.write("fanout.md", report);
        if (tails.containsKey(150)) {
            assertThat(tails.get(150)[0]).as("150 learners, p95 ms").isLessThanOrEqualTo(50);
            assertThat(tails.get(150)[1]).as("150 learners, p99 ms").isLessThanOrEqualTo(150);
        }
        if (tails.containsKey(1000)) {
            assertThat(tails.get(1000)[0]).as("1,000 learners, p95 ms").isLessThanOrEqualTo(200);
        }
    }

    private static String run(int learners, java.util.Map<Integer, double[]> tails) throws Exception {
        try (RunningApp app = RunningApp.start(TestDataDirs.fresh("bench-" + learners + "-"))) {
            Classroom room = new Classroom(app, learners);
            ClientFleet.Handle fleet = ClientFleet.launch(URI.create(app.url("")), Classroom.seatLines(room));
            try {
                CardService cards = app.bean(CardService.class);
                List<Double> latencies = new ArrayList<>();
                List<Double> posts = new ArrayList<>();
                List<Integer> changes = new ArrayList<>();
                List<Integer> bytes = new ArrayList<>();
                int deliveries = 0;
                int expected = 0;
                for (int i = 0; i < WARM_UP_CARDS + MEASURED_CARDS; i++) {
                    int posterSeat = i % room.seats.size();
                    Classroom.Seat poster = room.seats.get(posterSeat);
                    String marker = "bench-" + learners + "-card-" + i;
                    List<Integer> audience = new ArrayList<>();
                    for (int s = 0; s < room.seats.size(); s++) {
                        if (s != posterSeat && room.seats.get(s).participant().groupId() == poster.participant().groupId()) {
                            audience.add(s);
                        }
                    }
                    fleet.watch(marker);
                    long submitted = System.nanoTime();
                    cards.post(poster.participant().id(), CardType.EXPERIENCE, marker, null, marker);
                    double postMs = (System.nanoTime() - submitted) / 1e6;
                    waitFor(fleet, marker, audience);
                    if (i >= WARM_UP_CARDS) {
                        posts.add(postMs);
                        expected += audience.size();
                        Map<Integer, Long> seen = fleet.seen(marker);
                        Map<Integer, int[]> sizes = fleet.sizes(marker);
                        for (int s : audience) {
                            Long at = seen.get(s);
                            if (at != null) {
                                latencies.add((at - submitted) / 1e6);
                                deliveries++;
                                changes.add(sizes.get(s)[0]);
                                bytes.add(sizes.get(s)[1]);
                            }
                        }
                    }
                    Thread.sleep(PAUSE_BETWEEN_CARDS_MS);
                }
                Collections.sort(latencies);
                Collections.sort(posts);
                Collections.sort(changes);
                Collections.sort(bytes);
                tails.put(learners, new double[] {pct(latencies, 95), pct(latencies, 99)});
                assertThat(deliveries).as("cards lost on the way to the boards").isEqualTo(expected);
                return String.format("| %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s |", learners,
                        learners / Classroom.GROUPS, MEASURED_CARDS, deliveries, pct(posts, 50), pct(latencies, 50),
                        pct(latencies, 95), pct(latencies, 99),
                        latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1), medianAndMax(changes),
                        medianAndMax(bytes));
            } finally {
                fleet.vanish();
            }
        }
    }

    private static void waitFor(ClientFleet.Handle fleet, String marker, List<Integer> audience)
            throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline && !fleet.seen(marker).keySet().containsAll(audience)) {
            Thread.sleep(1);
        }
    }

    private static String medianAndMax(List<Integer> sorted) {
        return sorted.isEmpty() ? "–" : sorted.get(sorted.size() / 2) + " (" + sorted.get(sorted.size() - 1) + ")";
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

}
