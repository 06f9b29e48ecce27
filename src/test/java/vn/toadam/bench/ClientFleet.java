package vn.toadam.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Browser-less participants in a JVM of their own, so the server's heap and garbage collection are measured
 * without theirs. Reads one seat per line ({@code cookie-name TAB cookie-value TAB route}, or for a signed-in screen
 * such as the moderator's {@code - TAB - TAB route TAB username TAB password}) from the file given,
 * opens every seat's UI and prints {@code ready N}. Then reads commands: {@code watch TEXT} makes every seat
 * report {@code seen SEAT NANOS CHANGES BYTES TEXT} when a push first carries TEXT (with the node changes and bytes
 * of that message) ({@link System#nanoTime()} is the machine's
 * monotonic clock, comparable between the two JVMs); behind a load balancer it also prints {@code served SEAT NODE}, the
 * value of each seat's {@value #STICKY_COOKIE} cookie, before {@code ready}; {@code vanish} drops every connection without the goodbye a
 * browser tab sends, as a crashed browser or a phone that kills a tab does, and exits.
 */
public final class ClientFleet {

    /** The load balancer's cookie that keeps a browser on one node (deploy/haproxy.cfg), reported per seat. */
    static final String STICKY_COOKIE = "TD_NODE";

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        List<String[]> seats = Files.readAllLines(Path.of(args[1])).stream().map(l -> l.split("\t")).toList();
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        List<FlowClient> clients = new ArrayList<>();
        ExecutorService openers = Executors.newFixedThreadPool(4);
        List<Future<FlowClient>> opened = new ArrayList<>();
        for (int i = 0; i < seats.size(); i++) {
            String[] seat = seats.get(i);
            int index = i;
            opened.add(openers.submit(() -> {
                FlowClient client = new FlowClient(base, seat[0].equals("-") ? Map.of() : Map.of(seat[0], seat[1]));
                client.onSeen((text, nanos) -> {
                    int[] size = client.messageSize(text);
                    out.println("seen " + index + " " + nanos + " " + size[0] + " " + size[1] + " " + text);
                });
                if (seat.length >= 5) {
                    client.login(seat[3], seat[4]);
                }
                client.open(seat[2]);
                return client;
            }));
        }
        for (Future<FlowClient> f : opened) {
            clients.add(f.get());
        }
        openers.shutdown();
        for (int i = 0; i < clients.size(); i++) {
            String node = clients.get(i).cookie(STICKY_COOKIE);
            if (node != null) {
                out.println("served " + i + " " + node);
            }
        }
        out.println("ready " + clients.size());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("vanish"); line = in.readLine()) {
            if (line.startsWith("watch ")) {
                String text = line.substring("watch ".length());
                clients.forEach(c -> c.watch(text));
                out.println("watching " + text);
            } else if (line.startsWith("unwatch ")) {
                String text = line.substring("unwatch ".length());
                clients.forEach(c -> c.unwatch(text));
            }
        }
        clients.forEach(FlowClient::close);
        Runtime.getRuntime().halt(0);
    }

    /** A running fleet, seen from the benchmark. */
    static final class Handle {
        private final Process process;
        private final BufferedReader out;
        private final Map<String, Map<Integer, Long>> seen = new ConcurrentHashMap<>();
        private final Map<String, Boolean> watching = new ConcurrentHashMap<>();
        private final Map<String, Map<Integer, int[]>> sizes = new ConcurrentHashMap<>();
        private final Map<Integer, String> servedBy = new ConcurrentHashMap<>();

        private Handle(Process process) {
            this.process = process;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** Every seat starts watching for {@code text}; returns once the fleet has taken the command. */
        void watch(String text) throws InterruptedException {
            send("watch " + text);
            while (!watching.containsKey(text) && process.isAlive()) {
                Thread.sleep(1);
            }
        }

        /**
         * Every seat stops looking for {@code text}, once its arrivals are read: each message is checked against
         * every watched text, so texts left watched would make a long run's clients slower with every card (they
         * share the cores with the app and their delay is counted as the app's).
         */
        void unwatch(String text) {
            send("unwatch " + text);
        }

        /** When each seat (by its line number) first received {@code text}. */
        Map<Integer, Long> seen(String text) {
            return seen.getOrDefault(text, Map.of());
        }

        /** Per seat: node changes and bytes of the message that first carried {@code text}. */
        Map<Integer, int[]> sizes(String text) {
            return sizes.getOrDefault(text, Map.of());
        }

        /** Waits up to 10 s until each of {@code seats} has seen {@code text}. */
        void awaitSeen(String text, java.util.Collection<Integer> seats) throws InterruptedException {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < deadline && !seen(text).keySet().containsAll(seats)) {
                Thread.sleep(1);
            }
        }

        /** Per seat, the node that serves it (its {@value #STICKY_COOKIE} cookie); empty without a load balancer. */
        Map<Integer, String> servedBy() {
            return servedBy;
        }

        void vanish() throws InterruptedException {
            send("vanish");
            process.waitFor();
        }

        private void send(String line) {
            try {
                process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
                process.getOutputStream().flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void readReports() {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("seen ")) {
                        String[] parts = line.split(" ", 6);
                        sizes.computeIfAbsent(parts[5], t -> new ConcurrentHashMap<>()).put(Integer.parseInt(parts[1]),
                                new int[] {Integer.parseInt(parts[3]), Integer.parseInt(parts[4])});
                        seen.computeIfAbsent(parts[5], t -> new ConcurrentHashMap<>())
                                .put(Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
                    } else if (line.startsWith("watching ")) {
                        watching.put(line.substring("watching ".length()), Boolean.TRUE);
                    }
                }
            } catch (IOException e) {
                // the fleet is gone
            }
        }
    }

    /** Starts a fleet for {@code seats} (one line each) in a new JVM and waits until every UI is open. */
    static Handle launch(URI base, List<String> seatLines) throws IOException {
        Path file = Files.createTempFile("fleet", ".tsv");
        Files.write(file, seatLines);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx4g", "-cp", System.getProperty("java.class.path"), ClientFleet.class.getName(), base.toString(),
                file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Handle handle = new Handle(process);
        String line = handle.out.readLine();
        while (line != null && !line.startsWith("ready ")) {
            if (line.startsWith("served ")) {
                String[] parts = line.split(" ", 3);
                handle.servedBy.put(Integer.parseInt(parts[1]), parts[2]);
            }
            line = handle.out.readLine();
        }
        if (line == null) {
            process.destroyForcibly();
            throw new IOException("the client fleet did not start");
        }
        Thread reader = new Thread(handle::readReports, "fleet-reports");
        reader.setDaemon(true);
        reader.start();
        return handle;
    }

    private ClientFleet() {
    }
}
