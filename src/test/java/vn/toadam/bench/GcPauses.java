package vn.toadam.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * The garbage collector's pauses in this JVM (where a benchmark runs the app) between start and {@link #stop()}, read
 * from the JVM's own flight-recorder event {@code jdk.GarbageCollection}, which every collector (parallel, G1, ZGC,
 * Shenandoah) fills the same way: the sum of its pauses and its longest pause per collection. The management beans
 * cannot say this for all of them (they count whole concurrent cycles as time for some, nothing for others).
 */
final class GcPauses {

    private final Recording recording = new Recording();
    private int collections;
    private double totalMs;
    private double maxMs;

    private GcPauses() {
        recording.enable("jdk.GarbageCollection");
        recording.start();
    }

    static GcPauses start() {
        return new GcPauses();
    }

    /** Ends the recording and reads it; call once. */
    GcPauses stop() throws IOException {
        recording.stop();
        Path file = Files.createTempFile("toadam-gc-", ".jfr");
        try {
            recording.dump(file);
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                if (!event.getEventType().getName().equals("jdk.GarbageCollection")) {
                    continue; // another recording's events (e.g. -XX:StartFlightRecording) share the dump
                }
                collections++;
                totalMs += millis(event.getDuration("sumOfPauses"));
                maxMs = Math.max(maxMs, millis(event.getDuration("longestPause")));
            }
        } finally {
            recording.close();
            Files.deleteIfExists(file);
        }
        return this;
    }

    double maxMs() {
        return maxMs;
    }

    /** For a results table: collections, total pause and longest pause. */
    String summary() {
        return String.format("%d · %.0f · %.0f", collections, totalMs, maxMs);
    }

    /** The collector of this JVM, as its management beans name it (e.g. "PS Scavenge + PS MarkSweep"). */
    static String collector() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName())
                .collect(Collectors.joining(" + "));
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
