package vn.toadam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.toadam.support.MutableClock;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(clock);

    @Test
    void allowsTheLimitWithinTheWindowAndAgainOnceItHasPassed() {
        Duration minute = Duration.ofMinutes(1);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a", 3, minute)).isTrue();
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(limiter.tryAcquire("a", 3, minute)).isFalse();
        assertThat(limiter.tryAcquire("b", 3, minute)).isTrue();
        clock.advance(Duration.ofSeconds(31));
        assertThat(limiter.tryAcquire("a", 3, minute)).isTrue();
        assertThat(limiter.tryAcquire("a", 3, minute)).isFalse();
    }

    @Test
    void recordedFailuresLimitWithoutCountingTheCheckItself() {
        Duration minute = Duration.ofMinutes(1);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.isLimited("join:1.2.3.4", 2, minute)).isFalse();
        }
        limiter.record("join:1.2.3.4", minute);
        limiter.record("join:1.2.3.4", minute);
        assertThat(limiter.isLimited("join:1.2.3.4", 2, minute)).isTrue();
        clock.advance(Duration.ofSeconds(61));
        assertThat(limiter.isLimited("join:1.2.3.4", 2, minute)).isFalse();
    }

    @Test
    void idleKeysAreForgottenOnceTheirWindowHasPassed() {
        for (int i = 0; i < 50; i++) {
            limiter.record("join:device-" + i, Duration.ofMinutes(1));
        }
        limiter.record("join-address:10.0.0.1", Duration.ofHours(1));
        assertThat(limiter.keys()).isEqualTo(51);
        clock.advance(Duration.ofMinutes(2));
        assertThat(limiter.keys()).as("the minute keys are gone, the hour key stays").isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(limiter.keys()).isZero();
    }

    @Test
    void aFloodOfDistinctKeysDoesNotLiftALimitThatIsInUse() {
        RateLimiter small = new RateLimiter(clock, 1_000);
        Duration hour = Duration.ofHours(1);
        for (int i = 0; i < 5; i++) {
            small.record("join-address:10.0.0.1", hour);
        }
        for (int i = 0; i < 20_000; i++) {
            small.record("join:fresh-browser-" + i, hour); // a guesser dropping its cookie at every try
            if (i % 100 == 0) {
                assertThat(small.isLimited("join-address:10.0.0.1", 5, hour)).as("after %d new keys", i).isTrue();
            }
        }
        assertThat(small.isLimited("join-address:10.0.0.1", 5, hour)).isTrue();
        assertThat(small.keys()).isLessThanOrEqualTo(1_000);
    }
}
