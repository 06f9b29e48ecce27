package vn.toadam.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts events per key (a participant, a browser, a client address) in a sliding window, in memory. Limits
 * themselves are named constants where they are enforced, e.g. {@code CardService.POSTS_PER_MINUTE}.
 * <p>
 * The keys live in a Caffeine cache: a key is forgotten once nothing happened for it within its window, and a flood
 * of distinct keys evicts the least used ones (a guesser's address stays), never every limit at once. The counting
 * itself is a sliding window of timestamps rather than Bucket4j's token buckets because the limits here are "at most
 * N failures within a window", checked without consuming one (a correct join code or password never costs anything).
 */
@Component
public class RateLimiter {

    static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Cache<String, Window> windows;

    @Autowired
    RateLimiter(Clock clock) {
        this(clock, MAX_KEYS);
    }

    RateLimiter(Clock clock, int maxKeys) {
        this.clock = clock;
        this.windows = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfter(Expiry.accessing((String key, Window w) -> w.length))
                .ticker(() -> Math.multiplyExact(clock.millis(), 1_000_000L))
                .executor(Runnable::run) // housekeeping on the calling thread: tiny, and no thread of its own
                .build();
    }

    /** Records an event for {@code key} unless {@code limit} events already happened within {@code window}. */
    public boolean tryAcquire(String key, int limit, Duration window) {
        Window w = recent(key, window);
        synchronized (w) {
            if (w.times.size() >= limit) {
                return false;
            }
            w.times.addLast(clock.instant());
            return true;
        }
    }

    /** Whether {@code key} has reached {@code limit} events within {@code window} (without recording one). */
    public boolean isLimited(String key, int limit, Duration window) {
        Window w = recent(key, window);
        synchronized (w) {
            return w.times.size() >= limit;
        }
    }

    public void record(String key, Duration window) {
        Window w = recent(key, window);
        synchronized (w) {
            w.times.addLast(clock.instant());
        }
    }

    /** How many keys are kept (idle ones are dropped first). */
    long keys() {
        windows.cleanUp();
        return windows.estimatedSize();
    }

    private Window recent(String key, Duration window) {
        Window w = windows.get(key, k -> new Window(window));
        Instant oldest = clock.instant().minus(window);
        synchronized (w) {
            while (!w.times.isEmpty() && !w.times.peekFirst().isAfter(oldest)) {
                w.times.removeFirst();
            }
        }
        return w;
    }

    /** The timestamps of one key within its window; the key expires when idle for that long. */
    private static final class Window {
        final Duration length;
        final Deque<Instant> times = new ArrayDeque<>();

        Window(Duration length) {
            this.length = length;
        }
    }
}
