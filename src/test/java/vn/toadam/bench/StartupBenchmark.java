package vn.toadam.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.toadam.support.TestDataDirs;

/**
 * Start-up of the production jar, from launching {@code java} to the first page served, three ways: the plain
 * jar, the jar extracted by Spring Boot's {@code jarmode=tools}, and the extracted jar with a class-data-sharing
 * archive (the README's fast start). Needs {@code target/toadam.jar}: run {@code mvn -DskipTests package} first.
 * Not part of the test suite; results in target/bench/startup.md.
 */
class StartupBenchmark {

    private static final int RUNS = 5;
    private static final Path JAR = Path.of("target", "toadam.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void startUp() throws Exception {
        assertThat(JAR).as("build the jar first: mvn -DskipTests package").exists();
        Path extracted = Path.of("target", "bench", "app");
        Path archive = extracted.resolve("toadam.jsa");
        run(List.of("java", "-Djarmode=tools", "-jar", JAR.toString(), "extract", "--force", "--destination",
                extracted.toString()));
        Path extractedJar = extracted.resolve("toadam.jar");
        String data = TestDataDirs.fresh("bench-startup-");
        run(List.of("java", "-XX:+UseParallelGC", "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                extractedJar.toString(), "--toadam.data-dir=" + data, "--server.port=0"));

        StringBuilder report = new StringBuilder("# Start-up, " + LocalDateTime.now().withNano(0) + "\n\n"
                + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ". From launching java to the first page (`/`) answered 200, "
                + "on an H2 file that already holds the schema; " + RUNS + " runs each. Jar: "
                + String.format("%.0f", Files.size(JAR) / 1e6) + " MB.\n\n| how | median s | max s |\n|---|---|---|\n");
        report.append(row("`java -jar target/toadam.jar`", times(List.of("-jar", JAR.toString()), data)));
        report.append(row("extracted jar", times(List.of("-jar", extractedJar.toString()), data)));
        List<Double> fast = times(List.of("-XX:SharedArchiveFile=" + archive, "-jar", extractedJar.toString()), data);
        report.append(row("extracted jar + class-data-sharing archive (README's fast start)", fast));
        BenchResults.write("startup.md", report);
        System.out.println(report);
        assertThat(median(fast)).as("seconds to the first page, fast start").isLessThanOrEqualTo(6.0);
    }

    private static String row(String how, List<Double> times) {
        return String.format("| %s | %.1f | %.1f |%n", how, median(times), Collections.max(times));
    }

    private static List<Double> times(List<String> args, String data) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(timeToFirstPage(args, data));
        }
        return times;
    }

    private static double timeToFirstPage(List<String> args, String data) throws Exception {
        int port = 18_000 + (int) (Math.random() * 2_000);
        List<String> command = new ArrayList<>(List.of("java", "-XX:+UseParallelGC"));
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
