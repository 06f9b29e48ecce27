package vn.toadam.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Debian's HAProxy in front of running nodes, with the operator's {@code deploy/haproxy.cfg} (sticky cookie
 * {@code TD_NODE}, health checks, tunnel timeouts) changed only in its ports: it listens on a
 * free local port and lists the given nodes ({@code node-a}, and {@code node-b} when there are two) at their ports.
 * Ready once {@code GET /health} through it has been answered by every node. Fails at once, with the reason, when
 * haproxy is not installed, refuses the file or stops.
 */
public final class Haproxy implements AutoCloseable {

    private static final Path DEPLOYED = Path.of("deploy", "haproxy.cfg");
    private static final List<String> NAMES = List.of("node-a", "node-b");
    private static final List<String> DEPLOYED_ADDRESSES = List.of("127.0.0.1:8081", "127.0.0.1:8082");
    private static final Duration READY_WITHIN = Duration.ofSeconds(20);

    private final Process process;
    private final int port;

    private Haproxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts HAProxy before {@code nodes} (one or two), writing its file and log into {@code dir}. */
    public static Haproxy start(List<RunningApp> nodes, Path dir) throws IOException, InterruptedException {
        String binary = binary();
        int port = FreePort.any();
        String config = replaceOnce(Files.readString(DEPLOYED), "bind *:8080", "bind 127.0.0.1:" + port);
        for (int i = 0; i < NAMES.size(); i++) {
            String server = "server " + NAMES.get(i) + " " + DEPLOYED_ADDRESSES.get(i);
            config = i < nodes.size()
                    ? replaceOnce(config, server, "server " + NAMES.get(i) + " 127.0.0.1:"
                            + URI.create(nodes.get(i).url("")).getPort())
                    : replaceOnce(config, server, "# " + server);
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("haproxy-" + nodes.size() + "-nodes.cfg");
        Files.writeString(file, config);
        Path log = dir.resolve("haproxy-" + nodes.size() + "-nodes.log");
        Process process = new ProcessBuilder(binary, "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Haproxy haproxy = new Haproxy(process, port);
        try {
            haproxy.awaitServedBy(Set.copyOf(NAMES.subList(0, nodes.size())), log);
        } catch (IOException | RuntimeException e) {
            haproxy.close();
            throw e;
        }
        return haproxy;
    }

    /** Where browsers connect. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    private static String binary() {
        for (String candidate : List.of("/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("haproxy is not installed (Debian: apt-get install -y haproxy)");
    }

    private static String replaceOnce(String config, String deployed, String replacement) {
        int at = config.indexOf(deployed);
        if (at < 0 || config.indexOf(deployed, at + 1) >= 0) {
            throw new IllegalStateException(DEPLOYED + " no longer has exactly one '" + deployed + "': update "
                    + Haproxy.class.getName());
        }
        return config.replace(deployed, replacement);
    }

    /** Asks for /health without the sticky cookie (so least connections spreads them) until each node has answered once. */
    private void awaitServedBy(Set<String> names, Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Set<String> answered = new HashSet<>();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (!answered.containsAll(names)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy stopped (exit " + process.exitValue() + "): see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("haproxy on " + port + " did not reach " + names + " within "
                        + READY_WITHIN.toSeconds() + " s (answered: " + answered + "): see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(url().resolve("health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    answered.add(health.body().strip().replaceFirst("^UP ", ""));
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
