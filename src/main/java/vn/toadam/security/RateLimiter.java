package vn.toadam.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts events per key (a participant, a client address) in a sliding window, in memory. Limits themselves are
 * named constants where they are enforced, e.g. {@code CardService.POSTS_PER_MINUTE}.
 */
@Component
public class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Records an event for {@code key} unless {@code limit} events already happened within {@code window}. */
    public boolean tryAcquire(String key, int limit, Duration window) {
        Deque<Instant> times = recent(key, window);
        synchronized (times) {
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(clock.instant());
            return true;
        }
    }

    /** Whether {@code key} has reached {@code limit} events within {@code window} (without recording one). */
    public boolean isLimited(String key, int limit, Duration window) {
        Deque<Instant> times = recent(key, window);
        synchronized (times) {
            return times.size() >= limit;
        }
    }

    public void record(String key, Duration window) {
        Deque<Instant> times = recent(key, window);
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

    private Deque<Instant> recent(String key, Duration window) {
        if (events.size() > MAX_KEYS) {
            events.clear(); // a flood of distinct keys must not exhaust memory; limits restart
        }
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant oldest = clock.instant().minus(window);
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
                times.removeFirst();
            }
        }
        return times;
    }
}
