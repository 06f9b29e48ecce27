package vn.toadam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A browser-less participant: opens a real Vaadin Flow UI of a route the way a browser does (bootstrap, push
 * WebSocket, navigation) and records when a pushed message first carries a given text. See
 * {@code shared/vaadin-protocol.md}. Only for benchmarks and their smoke test.
 */
final class FlowClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One client for all participants (one selector thread), so a benchmark JVM can hold 1,000 of them. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private final Map<String, Long> firstSeenNanos = new ConcurrentHashMap<>();
    private final Map<String, Boolean> watched = new ConcurrentHashMap<>();
    static final String PATTERN_PREFIX = "re:";
    private final Map<String, java.util.regex.Pattern> patterns = new ConcurrentHashMap<>();
    private final Map<String, int[]> firstMessageSize = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private String csrfToken;
    private volatile long framesReceived;
    private volatile long charsReceived;
    private volatile java.util.function.BiConsumer<String, Long> onSeen = (text, nanos) -> { };

    FlowClient(URI base, Map<String, String> initialCookies) {
        this.base = base;
        this.cookies.putAll(initialCookies);
    }

    /**
     * Starts watching for {@code text}: {@link #seenAt} tells when it first arrived. A text starting with
     * {@value #PATTERN_PREFIX} is a regular expression (e.g. one attribute's new value, whatever the key order of
     * the change's JSON).
     */
    void watch(String text) {
        if (text.startsWith(PATTERN_PREFIX)) {
            patterns.computeIfAbsent(text, t -> java.util.regex.Pattern.compile(t.substring(PATTERN_PREFIX.length())));
        }
        watched.put(text, Boolean.TRUE);
    }

    /** Stops looking for {@code text} (its arrivals are recorded already or no longer awaited). */
    void unwatch(String text) {
        watched.remove(text);
        patterns.remove(text);
    }

    /**
     * Signs in as the login page does (its CSRF token from the page's meta tags), for a moderator's or projector's
     * screen; the session cookie is kept for {@link #open}.
     */
    void login(String username, String password) throws IOException, InterruptedException {
        String page = get("login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&" + meta(page, "_csrf_parameter") + "="
                + URLEncoder.encode(meta(page, "_csrf"), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IOException("sign-in refused: " + signedIn.statusCode());
        }
    }

    private static String meta(String page, String name) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]*)\"")
                .matcher(page);
        if (!m.find()) {
            throw new IOException("the login page has no " + name);
        }
        return m.group(1);
    }

    /** Also tells {@code listener} when a watched text first arrives (text, {@link System#nanoTime()}). */
    void onSeen(java.util.function.BiConsumer<String, Long> listener) {
        this.onSeen = listener;
    }

    Long seenAt(String text) {
        return firstSeenNanos.get(text);
    }

    /**
     * The message that first carried {@code text}: its UIDL node changes and its size in UTF-8 bytes (as pushed,
     * with Atmosphere's length prefix); null until seen.
     */
    int[] messageSize(String text) {
        return firstMessageSize.get(text);
    }

    /** The value of a cookie the server (or a load balancer in front of it) has set, or null. */
    String cookie(String name) {
        return cookies.get(name);
    }

    long charsReceived() {
        return charsReceived;
    }

    long framesReceived() {
        return framesReceived;
    }

    /** Opens {@code route} as a new UI with a push connection and waits until its view is attached. */
    void open(String route) throws IOException, InterruptedException {
        get(route);
        String query = "v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=";
        JsonNode init = JSON.readTree(get("?" + query));
        JsonNode uidl = init.path("appConfig").path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asText();
        String pushId = uidl.path("Vaadin-Push-ID").asText();
        String ws = base.toString().replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=0&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=0";
        try {
            socket = HTTP.newWebSocketBuilder().header("Cookie", cookieHeader()).buildAsync(URI.create(ws), new Listener())
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("push connection failed", e);
        }
        String navigate = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> attached = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)));
        if (attached.statusCode() != 200) {
            throw new IOException("navigation refused: " + attached.statusCode());
        }
        scan(attached.body());
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path)).GET());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            HttpCookie.parse(set).forEach(c -> cookies.put(c.getName(), c.getValue()));
        }
        return response;
    }

    private String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private void scan(CharSequence message) {
        long now = System.nanoTime();
        String text = message.toString();
        for (String w : watched.keySet()) {
            if (firstSeenNanos.containsKey(w)) {
                continue; // only the first arrival counts
            }
            java.util.regex.Pattern pattern = patterns.get(w);
            if (pattern == null ? text.contains(w) : pattern.matcher(text).find()) {
                firstMessageSize.put(w, new int[] {changes(text), text.getBytes(StandardCharsets.UTF_8).length});
                firstSeenNanos.put(w, now);
                onSeen.accept(w, now);
            }
        }
    }

    /** How many node changes a UIDL message holds (a push message starts with Atmosphere's "length|"). */
    static int changes(String message) {
        int json = message.indexOf('{');
        try {
            return json < 0 ? 0 : JSON.readTree(message.substring(json)).path("changes").size();
        } catch (IOException e) {
            return -1;
        }
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            synchronized (partial) {
                partial.append(data);
                if (last) {
                    framesReceived++;
                    charsReceived += partial.length();
                    scan(partial);
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }
}
