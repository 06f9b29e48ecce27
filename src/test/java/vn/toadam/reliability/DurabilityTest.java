package vn.toadam.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.toadam.support.TestDataDirs;

/**
 * Nothing acknowledged is lost: the application runs in a second JVM on an H2 file, learners post a burst of
 * cards, and the JVM is killed (SIGKILL) or stopped (SIGTERM) in the middle. Started again on the same file, every
 * card whose post returned is there, and none twice.
 */
class DurabilityTest {

    private static final int BURST = 1_000;
    private static final int STOP_AFTER_ACKS = 400;

    @Test
    void everyAcknowledgedCardSurvivesSigkill() throws Exception {
        String data = TestDataDirs.fresh("sigkill-");
        Burst burst = Burst.start(data);
        burst.awaitAcknowledged(STOP_AFTER_ACKS);
        burst.process.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        assertThat(burst.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> acked = burst.acked();

        Map<String, Integer> stored = storedCards(data);
        System.out.printf("SIGKILL: %d cards acknowledged before the kill, %d burst cards found after restart%n",
                acked.size(), stored.size());
        assertThat(acked.size()).isBetween(STOP_AFTER_ACKS, BURST - 1);
        assertThat(stored.keySet()).containsAll(acked);
        assertThat(stored.values()).allMatch(n -> n == 1, "each card once");
    }

    @Test
    void sigtermLetsTheApplicationFinishAndCloseTheDatabase() throws Exception {
        String data = TestDataDirs.fresh("sigterm-");
        Burst burst = Burst.start(data);
        burst.awaitAcknowledged(STOP_AFTER_ACKS);
        burst.process.destroy(); // SIGTERM: Spring's graceful shutdown
        assertThat(burst.process.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
        List<String> acked = burst.acked();
        assertThat(burst.log()).anyMatch(l -> l.contains("HikariPool-1 - Shutdown completed"));
        assertThat(burst.log()).noneMatch(l -> l.contains("Exception") && !l.startsWith("refused "));

        Map<String, Integer> stored = storedCards(data);
        System.out.printf("SIGTERM: %d cards acknowledged, %d burst cards found after restart%n", acked.size(),
                stored.size());
        assertThat(stored.keySet()).containsAll(acked);
        assertThat(stored.values()).allMatch(n -> n == 1, "each card once");
    }

    private static Map<String, Integer> storedCards(String data) throws Exception {
        Path output = Path.of(data, "count.log");
        Process count = java(output, "count", data);
        assertThat(count.waitFor(2, TimeUnit.MINUTES)).isTrue();
        Map<String, Integer> stored = new HashMap<>();
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines).as("the app started again on the same file").contains("done");
        lines.stream().filter(l -> l.startsWith("stored ")).map(l -> l.substring("stored ".length()))
                .forEach(text -> stored.merge(text, 1, Integer::sum));
        return stored;
    }

    /** The burst JVM; what it prints goes to a file, which outlives the process (its pipes would not). */
    private static final class Burst {
        final Process process;
        final Path output;

        private Burst(Process process, Path output) {
            this.process = process;
            this.output = output;
        }

        static Burst start(String data) throws IOException {
            Path output = Path.of(data, "burst.log");
            return new Burst(java(output, "burst", data, Integer.toString(BURST)), output);
        }

        List<String> log() throws IOException {
            return Files.exists(output) ? Files.readAllLines(output, StandardCharsets.UTF_8) : List.of();
        }

        /** Waits until {@code acks} posts have been acknowledged. */
        void awaitAcknowledged(int acks) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (acked().size() < acks) {
                assertThat(process.isAlive()).as("the burst JVM is running").isTrue();
                assertThat(System.nanoTime()).as("acknowledgements in time").isLessThan(deadline);
                Thread.sleep(5);
            }
        }

        /** Every post whose call returned, as printed by the burst JVM. */
        List<String> acked() throws IOException {
            return log().stream().filter(l -> l.startsWith("ack ")).map(l -> l.split(" ")[1]).toList();
        }
    }

    private static Process java(Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CardBurst.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }
}
