package vn.toadam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import vn.toadam.bench.BenchResults;
import vn.toadam.support.Browser;
import vn.toadam.support.RunningApp;

/**
 * Failover, as an operator runs it: PostgreSQL (embedded server binaries), two nodes from {@code target/toadam.jar}
 * (node-a on 8081, node-b on 8082, Hazelcast 5701/5702) behind HAProxy with {@code deploy/haproxy.cfg} on 8080;
 * learners in Chromium until each node serves at least one; each posts cards; node-a is killed with SIGKILL; the
 * time runs until node-a's learner has posted again and sees it on the board (served by node-b), and every card
 * acknowledged before the kill must still be on the board. Needs the jar ({@code mvn -DskipTests package}), Debian's
 * haproxy and Chromium; ports 8080-8082 and 5701-5702 free. Not part of the tests; results in target/bench/failover.md.
 */
class FailoverBenchmark {

    private static final Path JAR = Path.of("target", "toadam.jar");
    private static final String BASE = "http://127.0.0.1:8080/";
    private static final int CARDS_EACH = 5;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void killingANodeMovesItsLearnersAndLosesNothing() throws Exception {
        assertThat(JAR).as("build the jar first: mvn -DskipTests package").exists();
        Path logs = Files.createDirectories(Path.of("target", "bench", "failover"));
        List<Browser> browsers = new ArrayList<>();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String db = postgres.getJdbcUrl("postgres", "postgres");
            Process a = node("node-a", 8081, 5701, db, logs);
            Process b = null;
            Process haproxy = null;
            try {
                awaitHealthy(8081, a);
                b = node("node-b", 8082, 5702, db, logs);
                awaitHealthy(8082, b);
                haproxy = new ProcessBuilder("haproxy", "-f", "deploy/haproxy.cfg").redirectErrorStream(true)
                        .redirectOutput(logs.resolve("haproxy.log").toFile()).start();
                Thread.sleep(1_000);
                if (!haproxy.isAlive()) {
                    throw new IllegalStateException("haproxy stopped: " + Files.readString(logs.resolve("haproxy.log")));
                }

                String code;
                try (Browser trainer = new Browser()) {
                    trainer.open(BASE + "trainer");
                    trainer.type("#vaadinLoginUsername", RunningApp.TRAINER);
                    trainer.type("#vaadinLoginPassword", RunningApp.TRAINER_PASSWORD);
                    trainer.waitFor("#vaadinLoginPassword input").sendKeys(Keys.ENTER);
                    trainer.waitFor("#workshop-grid");
                    code = Journeys.createWorkshop(trainer);
                }
                Browser onA = null;
                Browser onB = null;
                for (int i = 0; i < 6 && (onA == null || onB == null); i++) {
                    Browser learner = new Browser();
                    browsers.add(learner);
                    join(learner, code, "Học viên " + (i + 1));
                    String node = learner.driver().manage().getCookieNamed("TD_NODE").getValue();
                    if (node.equals("node-a") && onA == null) {
                        onA = learner;
                    } else if (node.equals("node-b") && onB == null) {
                        onB = learner;
                    }
                }
                assertThat(onA).as("a learner on node-a").isNotNull();
                assertThat(onB).as("a learner on node-b").isNotNull();
                List<String> acknowledged = new ArrayList<>();
                for (int i = 0; i < CARDS_EACH; i++) {
                    for (Browser learner : List.of(onA, onB)) {
                        String text = "Trước sự cố " + acknowledged.size();
                        post(learner, text);
                        acknowledged.add(text);
                    }
                }
                Browser learnerOfA = onA;
                learnerOfA.until("node-b shows node-a's cards", () -> learnerOfA.cardTexts("ADVANTAGE")
                        .containsAll(acknowledged));

                long killed = System.nanoTime();
                a.destroyForcibly(); // SIGKILL
                String after = "Sau sự cố";
                long postedAgain = postUntilShown(learnerOfA, code, after, killed);
                double seconds = (postedAgain - killed) / 1e9;
                Cookie node = learnerOfA.driver().manage().getCookieNamed("TD_NODE");
                List<String> board = learnerOfA.cardTexts("ADVANTAGE");
                Browser learnerOfB = onB;
                learnerOfB.until("node-b's own learner sees the card posted after the failover",
                        () -> learnerOfB.cardTexts("ADVANTAGE").contains(after));

                String report = "# Failover, " + LocalDateTime.now().withNano(0) + "\n\n"
                        + "Two nodes (`target/toadam.jar`) on one PostgreSQL behind HAProxy (`deploy/haproxy.cfg`); "
                        + "node-a killed with SIGKILL while its learner's board was open.\n\n"
                        + String.format("- time until node-a's learner had posted again and saw the card: %.1f s%n", seconds)
                        + "- the learner is now served by: " + (node == null ? "?" : node.getValue()) + "\n"
                        + "- cards acknowledged before the kill still on the board: "
                        + acknowledged.stream().filter(board::contains).count() + " of " + acknowledged.size() + "\n";
                BenchResults.write("failover.md", report);
                System.out.println(report);
                assertThat(board).as("nothing acknowledged is lost").containsAll(acknowledged);
                assertThat(seconds).as("seconds until a learner of the killed node posts again").isLessThanOrEqualTo(10);
            } finally {
                browsers.forEach(Browser::close);
                for (Process p : new Process[] {haproxy, b, a}) {
                    if (p != null) {
                        p.destroy();
                        p.waitFor();
                    }
                }
            }
        }
    }

    private static Process node(String name, int port, int clusterPort, String db, Path logs) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("java", "-XX:+UseG1GC", "-jar", JAR.toString(),
                "--server.port=" + port, "--toadam.cluster.members=127.0.0.1:5701,127.0.0.1:5702",
                "--toadam.cluster.port=" + clusterPort, "--spring.datasource.url=" + db,
                "--spring.datasource.username=postgres", "--toadam.data-dir=" + logs.resolve(name),
                "--toadam.public-url=");
        Map<String, String> env = builder.environment();
        env.put("TOADAM_NODE", name);
        env.put("TOADAM_TRAINER_USERNAME", RunningApp.TRAINER);
        env.put("TOADAM_TRAINER_PASSWORD", RunningApp.TRAINER_PASSWORD);
        return builder.redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile()).start();
    }

    private static void awaitHealthy(int port, Process node) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline && node.isAlive()) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("node on " + port + " did not become healthy; see target/bench/failover/");
    }

    private static void join(Browser learner, String code, String name) {
        learner.open(BASE + "join/" + code);
        learner.type("#join-name", name);
        learner.until("the groups are listed", () -> learner.all("#join-group vaadin-radio-button").size() == 3);
        learner.all("#join-group vaadin-radio-button").stream().filter(r -> r.getText().equals("Tổ 1"))
                .findFirst().orElseThrow().click();
        learner.click("#join-submit");
        learner.waitFor("#composer-text");
    }

    private static void post(Browser learner, String text) {
        learner.type("#composer-text", text);
        learner.click("#composer-post");
        learner.until("the card is on the poster's board", () -> learner.cardTexts("ADVANTAGE").contains(text));
    }

    /** Posts from the learner's page as a person would: retry, reloading the board when the page is broken. */
    private static long postUntilShown(Browser learner, String code, String text, long since) throws Exception {
        long deadline = since + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (learner.all("#composer-text").isEmpty()) {
                    learner.open(BASE + "board/" + code);
                }
                learner.type("#composer-text", text);
                learner.click("#composer-post");
                long tryUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                while (System.nanoTime() < tryUntil) {
                    if (learner.cardTexts("ADVANTAGE").contains(text)) {
                        return System.nanoTime();
                    }
                    Thread.sleep(100);
                }
                learner.open(BASE + "board/" + code); // the page lost its node: load the board again
            } catch (RuntimeException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the learner could not post within 60 s");
    }
}
