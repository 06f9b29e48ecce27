package vn.toadam.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;

/**
 * Heap per connected learner UI: the app runs in this JVM, the learners' browser-less clients in another (so
 * their memory is not counted). Heap used after a full GC with N group boards open, minus the baseline, over N;
 * then the clients vanish without a goodbye and the heap must come back to the baseline once their sessions
 * expire (session timeout shortened to one minute for the run). A first class of the same size opens and leaves
 * its boards before the baseline is taken, so one-time growth (database page cache, loaded classes) is not
 * counted. Not part of the test suite; command in the README. Sizes: -Dbench.memory.sizes=500 (default).
 * Results: target/bench/memory.md.
 */
class MemoryBenchmark {

    private static final long EXPIRY_WAIT_MS = 240_000;
    private static final double BACK_TO_BASELINE_KB_PER_UI = 5;
    /** Cards on each group's board while the learners' UIs are measured, as late in a workshop. */
    private static final int CARDS_PER_BOARD = Integer.getInteger("bench.memory.cards", 120);
    /** KB per learner UI with empty boards (the target since 2026-11-27). */
    private static final double KB_PER_UI_EMPTY_BOARDS = 300;
    /**
     * KB more per learner UI for each card on their board. Measured 2026-12-01 at 150 learners with 120-card boards:
     * the card of ~20 server components 2,471 KB per UI, the one-element card 690 KB, with equal card JSON shared by
     * the boards 541 KB. 300 + 120 × 3 = 660 KB: a fifth of the old card's, and losing the sharing shows.
     */
    private static final double KB_PER_CARD_PER_UI = 3;

    @Test
    void heapPerLearnerUi() throws Exception {
        int[] sizes = Classroom.sizes("bench.memory.sizes", "500");
        StringBuilder report = new StringBuilder("# Heap per connected learner UI, " + LocalDateTime.now().withNano(0)
                + "\n\nMachine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; app in this JVM, clients in a second JVM; group board with "
                + "chat and avatars and " + CARDS_PER_BOARD + " cards on each group's board; heap used after full GC.\n\n"
                + "| learners | baseline MB | connected MB | KB per UI | after vanish + expiry MB | retained KB per UI |"
                + " seconds to baseline |\n|---|---|---|---|---|---|---|\n");
        for (int n : sizes) {
            report.append(run(n)).append('\n');
            System.out.println(report);
        }
        BenchResults.write("memory.md", report);
    }

    private static String run(int learners) throws Exception {
        try (RunningApp app = RunningApp.start(TestDataDirs.fresh("bench-mem-" + learners + "-"),
                "--server.servlet.session.timeout=1m", "--server.tomcat.background-processor-delay=1s")) {
            URI base = URI.create(app.url(""));
            Classroom warmUp = new Classroom(app, learners);
            warmUp.fillBoards(app, CARDS_PER_BOARD);
            ClientFleet.launch(base, Classroom.seatLines(warmUp)).vanish();
            awaitSessionsGone(app, 0, Double.MAX_VALUE);

            Classroom room = new Classroom(app, learners);
            room.fillBoards(app, CARDS_PER_BOARD);
            long baseline = Heap.afterGc();
            ClientFleet.Handle fleet = ClientFleet.launch(base, Classroom.seatLines(room));
            long connected = Heap.whenQuiet();
            histogram(learners + "-connected");
            fleet.vanish();
            long started = System.nanoTime();
            long after = awaitSessionsGone(app, baseline, BACK_TO_BASELINE_KB_PER_UI * 1024 * learners);
            double seconds = (System.nanoTime() - started) / 1e9;
            histogram(learners + "-after-expiry");
            double perUi = (connected - baseline) / 1024.0 / learners;
            double retained = Math.max(0, after - baseline) / 1024.0 / learners;
            String row = String.format("| %d | %.1f | %.1f | %.0f | %.1f | %.1f | %.0f |", learners, Heap.mb(baseline),
                    Heap.mb(connected), perUi, Heap.mb(after), retained, seconds);
            System.out.println(row);
            assertThat(perUi).as("KB per connected learner UI, " + CARDS_PER_BOARD + " cards per board")
                    .isLessThanOrEqualTo(KB_PER_UI_EMPTY_BOARDS + CARDS_PER_BOARD * KB_PER_CARD_PER_UI);
            assertThat(retained).as("KB per UI still held after the clients vanished").isLessThanOrEqualTo(
                    BACK_TO_BASELINE_KB_PER_UI);
            return row;
        }
    }


    /** Waits until the heap is within {@code tolerance} bytes of {@code target}; returns the last reading. */
    private static long awaitSessionsGone(RunningApp app, long target, double tolerance) throws InterruptedException {
        long deadline = System.currentTimeMillis() + EXPIRY_WAIT_MS;
        Thread.sleep(65_000); // session timeout is one minute
        long heap = Heap.afterGc();
        while (System.currentTimeMillis() < deadline && (tolerance == Double.MAX_VALUE ? openSessions(app) > 0
                : heap - target > tolerance)) {
            Thread.sleep(5_000);
            heap = Heap.afterGc();
        }
        System.out.printf("after %d s: %.1f MB, %d live subscriptions%n",
                (System.currentTimeMillis() - deadline + EXPIRY_WAIT_MS) / 1000, Heap.mb(heap), openSessions(app));
        return heap;
    }

    private static int openSessions(RunningApp app) {
        return app.bean(vn.toadam.live.LiveBroadcaster.class).subscriptions();
    }

    /** What fills the heap while the boards are open: target/bench/memory-histogram-*.txt. */
    private static void histogram(String name) throws Exception {
        Path out = Path.of("target", "bench", "memory-histogram-" + name + ".txt");
        Files.createDirectories(out.getParent());
        new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(ProcessHandle.current().pid()), "GC.class_histogram").redirectOutput(out.toFile())
                .start().waitFor();
    }

}
