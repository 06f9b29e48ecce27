package vn.toadam.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.toadam.bench.Latencies.medianAndMax;
import static vn.toadam.bench.Latencies.pct;
import static vn.toadam.bench.Latencies.tail;

import org.junit.jupiter.api.Test;
import vn.toadam.board.CardService;
import vn.toadam.board.CardType;
import vn.toadam.support.Haproxy;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;
import vn.toadam.support.TestPostgres;

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
    /** Two moderators follow the room beside the boards, and the projector shows the counts per group. */
    private static final int MODERATOR_SCREENS = 2;
    private static final int STAFF_P95_MARGIN_MS = 20;
    /** -Dbench.fanout.postgres=true: the app on PostgreSQL (embedded server binaries) instead of its H2 file. */
    private static final boolean ON_POSTGRES = Boolean.getBoolean("bench.fanout.postgres");
    /** -Dbench.fanout.haproxy=true: the clients connect through HAProxy ({@code deploy/haproxy.cfg}), as on servers. */
    private static final boolean THROUGH_HAPROXY = Boolean.getBoolean("bench.fanout.haproxy");
    /** -Dbench.fanout.settle=SECONDS: a pause between the last learner joining and the first card (default none). */
    private static final long SETTLE_MS = Long.getLong("bench.fanout.settle", 0) * 1000;
    /** -Dbench.fanout.staff=false: learners' boards only, no moderators' screens or projector (to compare). */
    private static final boolean STAFF = !"false".equals(System.getProperty("bench.fanout.staff"));

    @Test
    void fanOut() throws Exception {
        int[] sizes = Classroom.sizes("bench.fanout.sizes", "50,150,500,1000");
        StringBuilder report = new StringBuilder("# Card fan-out, " + LocalDateTime.now().withNano(0) + "\n\n"
                + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; app in the benchmark's JVM (production-mode frontend, "
                + (ON_POSTGRES ? "PostgreSQL" : "H2 file") + "), browser-less clients in a second JVM.\n"
                + "Latency: from the poster's call to the card service (commit, then broadcast) to a same-group board's "
                + "push message carrying the card. Clients in a second JVM on the same 2 cores.\n\n"
                + "*post* is the service call alone, p50 (max): the commit and the hand-off to the push lanes; a slow "
                + "post delays every board of its card.\n"
                + "*changes* and *bytes*: the push message that carries a new card to a board, per card per board "
                + "(median; max in brackets): its UIDL node changes and its size in UTF-8 bytes.\n\n"
                + "The last two columns time the same cards to each of " + MODERATOR_SCREENS + " moderators' screens "
                + "(the card's text arrives) and to the projector (its group's count arrives), p50 / p95 / p99.\n\n"
                + "*GC* is the app JVM's garbage collector (" + GcPauses.collector() + ", heap at most "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB) while the measured cards went out: collections "
                + "· total pause ms · longest pause ms.\n\n"
                + "| learners | boards per group | cards | deliveries | post ms | p50 ms | p95 ms | p99 ms | max ms "
                + "| changes | bytes | moderators ms | projector ms | GC |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        java.util.Map<Integer, double[]> tails = new java.util.TreeMap<>();
        for (int n : sizes) {
            report.append(run(n, tails)).append('\n');
            System.out.println(report);
        }
        report.append("\nTargets: 150 learners p95 ≤ 50 ms and p99 ≤ 150 ms; 1,000 learners p95 ≤ 200 ms, p99 ≤ 300 ms "
                + "and max ≤ 500 ms; the "
                + "moderators' screens and the projector p95 within " + STAFF_P95_MARGIN_MS + " ms of the learners' "
                + "at 150.\n");
        BenchResults.write("fanout.md", report);
        tails.forEach((n, t) -> {
            assertThat(t[4]).as(n + " learners, cards lost on the way to the moderators' screens (10 s)").isZero();
            assertThat(t[5]).as(n + " learners, counts lost on the way to the projector (10 s)").isZero();
        });
        if (tails.containsKey(150) && STAFF) {
            assertThat(tails.get(150)[2]).as("150 learners, moderators' p95 ms")
                    .isLessThanOrEqualTo(tails.get(150)[0] + STAFF_P95_MARGIN_MS);
            assertThat(tails.get(150)[3]).as("150 learners, projector's p95 ms")
                    .isLessThanOrEqualTo(tails.get(150)[0] + STAFF_P95_MARGIN_MS);
        }
        if (tails.containsKey(150)) {
            assertThat(tails.get(150)[0]).as("150 learners, p95 ms").isLessThanOrEqualTo(50);
            assertThat(tails.get(150)[1]).as("150 learners, p99 ms").isLessThanOrEqualTo(150);
        }
        if (tails.containsKey(1000)) {
            assertThat(tails.get(1000)[0]).as("1,000 learners, p95 ms").isLessThanOrEqualTo(200);
            assertThat(tails.get(1000)[1]).as("1,000 learners, p99 ms (no pause a learner notices)")
                    .isLessThanOrEqualTo(300);
            assertThat(tails.get(1000)[6]).as("1,000 learners, max ms").isLessThanOrEqualTo(500);
        }
    }

    private static String run(int learners, java.util.Map<Integer, double[]> tails) throws Exception {
        List<String> args = new ArrayList<>();
        if (ON_POSTGRES) {
            args.addAll(List.of(TestPostgres.freshDatabase("fanout_" + learners).arguments()));
        }
        if (THROUGH_HAPROXY) {
            args.add("--toadam.node-name=node-a"); // HAProxy's health check waits for the node by this name
        }
        try (RunningApp app = RunningApp.start(TestDataDirs.fresh("bench-" + learners + "-"), args.toArray(String[]::new))) {
            Classroom room = new Classroom(app, learners);
            List<String> lines = new ArrayList<>(Classroom.seatLines(room));
            if (STAFF) {
                lines.addAll(room.staffLines(MODERATOR_SCREENS));
            }
            int moderatorScreens = STAFF ? MODERATOR_SCREENS : 0;
            List<Integer> moderators = new ArrayList<>();
            for (int m = 0; m < moderatorScreens; m++) {
                moderators.add(learners + m);
            }
            int projector = learners + MODERATOR_SCREENS;
            Haproxy proxy = THROUGH_HAPROXY ? Haproxy.start(List.of(app), Path.of("target", "bench", "fanout")) : null;
            ClientFleet.Handle fleet = ClientFleet.launch(proxy == null ? URI.create(app.url("")) : proxy.url(), lines);
            try {
                Thread.sleep(SETTLE_MS);
                CardService cards = app.bean(CardService.class);
                List<Double> latencies = new ArrayList<>();
                List<Double> moderatorLatencies = new ArrayList<>();
                List<Double> projectorLatencies = new ArrayList<>();
                List<Double> posts = new ArrayList<>();
                Map<Long, Integer> perGroup = new java.util.HashMap<>();
                List<Integer> changes = new ArrayList<>();
                List<Integer> bytes = new ArrayList<>();
                int deliveries = 0;
                int expected = 0;
                GcPauses gc = null;
                try {
                    for (int i = 0; i < WARM_UP_CARDS + MEASURED_CARDS; i++) {
                        if (i == WARM_UP_CARDS) {
                            gc = GcPauses.start();
                        }
                        int posterSeat = i % room.seats.size();
                        Classroom.Seat poster = room.seats.get(posterSeat);
                        String marker = "bench-" + learners + "-card-" + i;
                        List<Integer> audience = room.groupMates(posterSeat);
                        int count = perGroup.merge(poster.participant().groupId(), 1, Integer::sum);
                        String counted = countShown(count, marker);
                        fleet.watch(marker);
                        if (STAFF) {
                            fleet.watch(counted);
                        }
                        long submitted = System.nanoTime();
                        cards.post(poster.participant().id(), CardType.EXPERIENCE, marker, null, marker);
                        double postMs = (System.nanoTime() - submitted) / 1e6;
                        List<Integer> markerAudience = new ArrayList<>(audience);
                        markerAudience.addAll(moderators);
                        fleet.awaitSeen(marker, markerAudience);
                        if (STAFF) {
                            fleet.awaitSeen(counted, List.of(projector));
                        }
                        if (i >= WARM_UP_CARDS) {
                            posts.add(postMs);
                            expected += audience.size();
                            Map<Integer, Long> seen = fleet.seen(marker);
                            Map<Integer, int[]> sizes = fleet.sizes(marker);
                            deliveries += Latencies.addSeen(latencies, seen, audience, submitted);
                            for (int s : audience) {
                                if (sizes.containsKey(s)) {
                                    changes.add(sizes.get(s)[0]);
                                    bytes.add(sizes.get(s)[1]);
                                }
                            }
                            Latencies.addSeen(moderatorLatencies, seen, moderators, submitted);
                            Latencies.addSeen(projectorLatencies, fleet.seen(counted), List.of(projector), submitted);
                        }
                        fleet.unwatch(marker);
                        fleet.unwatch(counted);
                        Thread.sleep(PAUSE_BETWEEN_CARDS_MS);
                    }
                } finally {
                    if (gc != null) {
                        gc.stop(); // also when a card is lost: the listener must not outlive this run
                    }
                }
                String pauses = gc.summary();
                Collections.sort(latencies);
                Collections.sort(moderatorLatencies);
                Collections.sort(projectorLatencies);
                Collections.sort(posts);
                Collections.sort(changes);
                Collections.sort(bytes);
                tails.put(learners, new double[] {pct(latencies, 95), pct(latencies, 99), pct(moderatorLatencies, 95),
                        pct(projectorLatencies, 95), MEASURED_CARDS * moderatorScreens - moderatorLatencies.size(),
                        STAFF ? MEASURED_CARDS - projectorLatencies.size() : 0,
                        latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1)});
                assertThat(deliveries).as("cards lost on the way to the boards").isEqualTo(expected);
                return String.format("| %d | %d | %d | %d | %s | %.1f | %.1f | %.1f | %.1f | %s | %s | %s | %s | %s |",
                        learners,
                        learners / Classroom.GROUPS, MEASURED_CARDS, deliveries,
                        String.format("%.1f (%.0f)", pct(posts, 50), pct(posts, 100)), pct(latencies, 50),
                        pct(latencies, 95), pct(latencies, 99),
                        Latencies.max(latencies), medianAndMax(changes),
                        medianAndMax(bytes),
                        STAFF ? tail(moderatorLatencies) + lost(MEASURED_CARDS * moderatorScreens, moderatorLatencies) : "–",
                        STAFF ? tail(projectorLatencies) + lost(MEASURED_CARDS, projectorLatencies) : "–", pauses);
            } finally {
                fleet.vanish();
                if (proxy != null) {
                    proxy.close();
                }
            }
        }
    }

    /**
     * What the projector's push carries when a group's count becomes {@code count}: the row's {@code data-count}
     * attribute set to it (one change object of the message, whatever the order of its keys). The optional marker
     * only makes the watched text new for each card, as the same count comes again for another group.
     */
    private static String countShown(int count, String marker) {
        return FlowClient.PATTERN_PREFIX + "\\{[^{}]*\"data-count\"[^{}]*\"" + count + "\"[^{}]*\\}(?:" + marker
                + ")?";
    }

    private static String lost(int expected, List<Double> arrived) {
        return arrived.size() == expected ? "" : " (" + (expected - arrived.size()) + " not within 10 s)";
    }

}
