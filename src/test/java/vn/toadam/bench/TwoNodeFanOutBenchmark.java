package vn.toadam.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.toadam.bench.Latencies.max;
import static vn.toadam.bench.Latencies.pct;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.toadam.board.CardService;
import vn.toadam.board.CardType;
import vn.toadam.support.Haproxy;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;
import vn.toadam.support.TestPostgres;
import vn.toadam.support.TwoNodes;

/**
 * Card fan-out over two nodes beside one node, in the same run: for each size, one node and then two nodes, each on
 * a fresh database of one PostgreSQL server (embedded server binaries) with HAProxy in front
 * ({@code deploy/haproxy.cfg}, ports changed). The nodes run in this JVM (two nodes: two application contexts with
 * their own web ports and Hazelcast members); the browser-less clients run in a second JVM and connect through
 * HAProxy, keeping its {@code TD_NODE} cookie, so round robin spreads them over the nodes. Cards are posted
 * alternately on node-a and node-b, each by a learner that node serves; each card is timed from the poster's call
 * to the card service to the push message carrying it on every other board of the poster's group, on both nodes.
 * Not part of the tests (its name does not end in Test); command in the README. Sizes: -Dbench.fanout2.sizes=1000
 * (default); cards: -Dbench.fanout2.warmup=60 -Dbench.fanout2.cards=60. Results: target/bench/fanout-2nodes.md.
 */
class TwoNodeFanOutBenchmark {

    private static final int WARM_UP_CARDS = Integer.getInteger("bench.fanout2.warmup", 60);
    private static final int MEASURED_CARDS = Integer.getInteger("bench.fanout2.cards", 60);
    /** Cards come one at a time, as in a class: each is delivered before the next is posted. */
    private static final int PAUSE_BETWEEN_CARDS_MS = 20;
    /** Round robin over two nodes: each must serve at least this share of the learners for the figure to count. */
    private static final double LEAST_SHARE_PER_NODE = 1 / 3.0;
    /**
     * Another class's boards, open through the run on every node before the heap's baseline is read, so that
     * one-time growth (caches, the first screens) is not counted per learner UI.
     */
    private static final int EARLIER_CLASS = 30;
    private static final List<String> NODE_NAMES = List.of("node-a", "node-b");
    private static final Path LOGS = Path.of("target", "bench", "fanout-2nodes");

    /** What one setup measured: times in ms, sorted; per node, how many learners it served. */
    private record Figures(int nodes, int learners, Map<String, Long> split, int expected, List<Double> posts,
                           List<Double> boards, List<Double> posterNode, List<Double> otherNode, double kbPerUi) {

        int lost() {
            return expected - boards.size();
        }
    }

    @Test
    void fanOutOverTwoNodes() throws Exception {
        int[] sizes = Classroom.sizes("bench.fanout2.sizes", "1000");
        StringBuilder report = new StringBuilder("# Card fan-out over two nodes, " + LocalDateTime.now().withNano(0)
                + "\n\nMachine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ". PostgreSQL (embedded server binaries), a fresh database per "
                + "setup; HAProxy with `deploy/haproxy.cfg` (ports changed) in front of both setups; the nodes in the "
                + "benchmark's JVM (two nodes share its heap and the cores), browser-less clients in a second JVM "
                + "connecting through HAProxy and keeping its `TD_NODE` cookie. *One node*: the same application "
                + "without a cluster (no Hazelcast). *Two nodes*: clustered with Hazelcast, cards posted alternately "
                + "on node-a and node-b by a learner that node serves.\n\n"
                + "Latency: from the poster's call to the card service (commit, then broadcast) to the push message "
                + "carrying the card on every other board of the poster's group; for two nodes also split into boards "
                + "on the poster's node and on the other node. " + WARM_UP_CARDS + " warm-up cards, then "
                + MEASURED_CARDS + " measured; *lost*: boards that had not received a card within 10 s. *post*: the "
                + "service call alone (p50). *heap per UI*: heap after full GC with the boards open, minus before, "
                + "over the learners, with another class of " + EARLIER_CLASS + " learners' boards open before and "
                + "after (so one-time growth is not counted); two nodes: both nodes' heaps together over all their UIs, as the "
                + "nodes share the JVM (not per node).\n\n"
                + "| learners | setup | learners per node | cards | deliveries | lost | post ms | p50 ms | p95 ms "
                + "| p99 ms | max ms | heap per UI KB |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        List<Figures> runs = new ArrayList<>();
        for (int learners : sizes) {
            for (int nodes = 1; nodes <= 2; nodes++) {
                Figures figures = run(learners, nodes);
                runs.add(figures);
                report.append(rows(figures));
                System.out.println(report);
            }
        }
        BenchResults.write("fanout-2nodes.md", report);
        for (Figures f : runs) {
            assertThat(f.lost()).as(f.learners() + " learners on " + f.nodes() + " node(s): boards without the card")
                    .isZero();
            if (f.nodes() == 2) {
                assertThat(f.split().values()).as(f.learners() + " learners: each node serves a fair share")
                        .hasSize(2).allMatch(n -> n >= f.learners() * LEAST_SHARE_PER_NODE);
            }
        }
    }

    private static Figures run(int learners, int nodeCount) throws Exception {
        TestPostgres.Server database = TestPostgres.freshDatabase("fanout_" + nodeCount + "n_" + learners);
        List<RunningApp> apps = new ArrayList<>();
        AutoCloseable nodes;
        if (nodeCount == 2) {
            TwoNodes two = TwoNodes.on(database);
            nodes = two;
            apps.addAll(List.of(two.a, two.b));
        } else {
            RunningApp one = RunningApp.start(TestDataDirs.fresh("bench-one-node-"), Stream.concat(
                    Stream.of(database.arguments()), Stream.of("--toadam.node-name=" + NODE_NAMES.get(0)))
                    .toArray(String[]::new));
            nodes = one;
            apps.add(one);
        }
        try (nodes; Haproxy haproxy = Haproxy.start(apps, LOGS)) {
            ClientFleet.Handle earlierClass = ClientFleet.launch(haproxy.url(),
                    Classroom.seatLines(new Classroom(apps.get(0), EARLIER_CLASS)));
            try {
                Classroom room = new Classroom(apps.get(0), learners);
                long before = Heap.whenQuiet();
                ClientFleet.Handle fleet = ClientFleet.launch(haproxy.url(), Classroom.seatLines(room));
                try {
                    double kbPerUi = (Heap.whenQuiet() - before) / 1024.0 / learners;
                    Map<Integer, String> servedBy = fleet.servedBy();
                    assertThat(servedBy).as("every client keeps HAProxy's TD_NODE cookie").hasSize(learners);
                    return postCards(room, fleet, apps, servedBy, kbPerUi);
                } finally {
                    fleet.vanish();
                }
            } finally {
                earlierClass.vanish();
            }
        }
    }

    private static Figures postCards(Classroom room, ClientFleet.Handle fleet, List<RunningApp> apps,
                                     Map<Integer, String> servedBy, double kbPerUi) throws InterruptedException {
        Map<String, List<Integer>> seatsOf = new TreeMap<>(servedBy.keySet().stream().sorted()
                .collect(Collectors.groupingBy(servedBy::get)));
        List<Double> posts = new ArrayList<>();
        List<Double> boards = new ArrayList<>();
        List<Double> posterNode = new ArrayList<>();
        List<Double> otherNode = new ArrayList<>();
        int expected = 0;
        for (int i = 0; i < WARM_UP_CARDS + MEASURED_CARDS; i++) {
            String node = NODE_NAMES.get(i % apps.size());
            List<Integer> posters = seatsOf.get(node);
            assertThat(posters).as("learners served by " + node).isNotEmpty();
            int posterSeat = posters.get(i / apps.size() % posters.size());
            String marker = "bench-" + apps.size() + "n-" + room.seats.size() + "-card-" + i;
            List<Integer> audience = room.groupMates(posterSeat);
            fleet.watch(marker);
            long submitted = System.nanoTime();
            apps.get(i % apps.size()).bean(CardService.class).post(room.seats.get(posterSeat).participant().id(),
                    CardType.EXPERIENCE, marker, null, marker);
            double postMs = (System.nanoTime() - submitted) / 1e6;
            fleet.awaitSeen(marker, audience);
            if (i >= WARM_UP_CARDS) {
                posts.add(postMs);
                expected += audience.size();
                Map<Integer, Long> seen = fleet.seen(marker);
                Map<Boolean, List<Integer>> onPosterNode = audience.stream()
                        .collect(Collectors.partitioningBy(s -> servedBy.get(s).equals(node)));
                Latencies.addSeen(boards, seen, audience, submitted);
                Latencies.addSeen(posterNode, seen, onPosterNode.get(true), submitted);
                Latencies.addSeen(otherNode, seen, onPosterNode.get(false), submitted);
            }
            fleet.unwatch(marker);
            Thread.sleep(PAUSE_BETWEEN_CARDS_MS);
        }
        Stream.of(posts, boards, posterNode, otherNode).forEach(Collections::sort);
        Map<String, Long> split = new TreeMap<>();
        seatsOf.forEach((node, seats) -> split.put(node, (long) seats.size()));
        return new Figures(apps.size(), room.seats.size(), split, expected, posts, boards, posterNode, otherNode,
                kbPerUi);
    }

    private static String rows(Figures f) {
        String split = f.split().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        StringBuilder rows = new StringBuilder(String.format("| %d | %s | %s | %d | %d | %d | %.1f | %s | %.0f |%n",
                f.learners(), f.nodes() == 1 ? "one node" : "**two nodes**", split, MEASURED_CARDS, f.boards().size(),
                f.lost(), pct(f.posts(), 50), times(f.boards()), f.kbPerUi()));
        if (f.nodes() == 2) {
            rows.append(String.format("| | boards on the poster's node | | | %d | | | %s | |%n", f.posterNode().size(),
                    times(f.posterNode())));
            rows.append(String.format("| | boards on the other node | | | %d | | | %s | |%n", f.otherNode().size(),
                    times(f.otherNode())));
        }
        return rows.toString();
    }

    /** p50, p95, p99 and max as four table cells. */
    private static String times(List<Double> sorted) {
        return String.format("%.1f | %.1f | %.1f | %.1f", pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                max(sorted));
    }
}
