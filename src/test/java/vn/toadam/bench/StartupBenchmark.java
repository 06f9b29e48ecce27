package vn.toadam.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.toadam.support.TestDataDirs;

/**
 * Start-up of the production jar, from launching {@code java} to the first page served, three ways: the plain
 * jar, the jar extracted by Spring Boot's {@code jarmode=tools}, and the extracted jar with a class-data-sharing
 * archive (the README's fast start). Needs {@code target/toadam.jar}: run {@code mvn -DskipTests package} first.
 * With {@code -Dbench.startup.baseline=/path/to/older/toadam.jar} an older build is started the same ways, its
 * starts taking turns with this build's, so both see the same machine; {@code -Dbench.startup.runs} (default 5).
 * Not part of the test suite; results in target/bench/startup.md.
 */
class StartupBenchmark {

    static final double TARGET_SECONDS = 6.0;
    private static final int RUNS = Integer.getInteger("bench.startup.runs", 5);
    private static final Path JAR = Path.of("target", "toadam.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** One build to start: its jar, the extracted copy with its archive, its own database folder. */
    private record Build(String name, Path jar, Path extractedJar, Path archive, String data) {

        List<List<String>> ways() {
            return List.of(List.of("-jar", jar.toString()), List.of("-jar", extractedJar.toString()),
                    List.of("-XX:SharedArchiveFile=" + archive, "-jar", extractedJar.toString()));
        }
    }

    private static final List<String> WAYS = List.of("`java -jar toadam.jar`", "extracted jar",
            "extracted jar + class-data-sharing archive (README's fast start)");

    @Test
    void startUp() throws Exception {
        assertThat(JAR).as("build the jar first: mvn -DskipTests package").exists();
        List<Build> builds = new ArrayList<>(List.of(prepare("this build", JAR, "app")));
        String baseline = System.getProperty("bench.startup.baseline", "");
        if (!baseline.isBlank()) {
            assertThat(Path.of(baseline)).as("bench.startup.baseline").exists();
            builds.add(prepare("baseline " + Path.of(baseline).getFileName(), Path.of(baseline), "baseline-app"));
        }

        // key: way index and build name; runs alternate between the builds so a busy moment hits both
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, List<Double>> loads = new LinkedHashMap<>();
        for (int run = 0; run < RUNS; run++) {
            for (int way = 0; way < WAYS.size(); way++) {
                for (Build build : builds) {
                    String key = way + "|" + build.name();
                    loads.computeIfAbsent(key, k -> new ArrayList<>()).add(loadAverage());
                    times.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(timeToFirstPage(build.ways().get(way), build.data()));
                }
            }
        }

        StringBuilder report = new StringBuilder("# Start-up, " + LocalDateTime.now().withNano(0) + "\n\n"
                + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ". From launching java to the first page (`/`) answered 200, "
                + "on an H2 file that already holds the schema; " + RUNS + " runs each, the builds taking turns; "
                + "load = the machine's 1-minute load average when each start began (2 cores: above 2 means others "
                + "were running). Jar: " + String.format("%.0f", Files.size(JAR) / 1e6) + " MB. Target: the "
                + "README's fast start ≤ " + TARGET_SECONDS + " s.\n\n"
                + "| how | build | median s | max s | load, median |\n|---|---|---|---|---|\n");
        for (int way = 0; way < WAYS.size(); way++) {
            for (Build build : builds) {
                String key = way + "|" + build.name();
                report.append(String.format("| %s | %s | %.1f | %.1f | %.1f |%n", WAYS.get(way), build.name(),
                        median(times.get(key)), Collections.max(times.get(key)), median(loads.get(key))));
            }
        }
        BenchResults.write("startup.md", report);
        System.out.println(report);
        assertThat(median(times.get((WAYS.size() - 1) + "|" + builds.get(0).name())))
                .as("seconds to the first page, fast start").isLessThanOrEqualTo(TARGET_SECONDS);
    }

    /** The README's one-time commands: extract the jar, then record the archive in a training run. */
    private static Build prepare(String name, Path jar, String folder) throws Exception {
        Path extracted = Path.of("target", "bench", folder);
        Path archive = extracted.resolve("toadam.jsa");
        run(List.of("java", "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination",
                extracted.toString()));
        Path extractedJar = extracted.resolve(jar.getFileName());
        String data = TestDataDirs.fresh("bench-startup-");
        run(List.of("java", "-XX:+UseG1GC", "-XX:ArchiveClassesAtExit=" + archive,
                "-Dspring.context.exit=onRefresh", "-jar", extractedJar.toString(), "--toadam.data-dir=" + data,
                "--server.port=0"));
        return new Build(name, jar, extractedJar, archive, data);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double timeToFirstPage(List<String> args, String data) throws Exception {
        int port = vn.toadam.support.FreePort.any();
        List<String> command = new ArrayList<>(List.of("java", "-XX:+UseG1GC"));
        command.addAll(args);
        command.addAll(List.of("--server.port=" + port, "--toadam.data-dir=" + data));
        long started = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "bench", "startup-app.log").toFile()).start();
        try {
            URI page = URI.create("http://localhost:" + port + "/");
            while (app.isAlive()) {
                if (answers(page)) {
                    return (System.nanoTime() - started) / 1e9;
                }
                Thread.sleep(20);
            }
            throw new IOException("the app stopped; see target/bench/startup-app.log");
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static boolean answers(URI page) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
