package vn.toadam.workshop;

import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.toadam.base.InvalidInputException;
import vn.toadam.security.RateLimiter;

/**
 * Guessing join codes: each browser may try {@link #FAILURES_PER_BROWSER_PER_MINUTE} wrong codes a minute, and all
 * browsers behind one address {@link #FAILURES_PER_ADDRESS_PER_HOUR} an hour. Only wrong codes count (a correct code
 * costs nothing), and the same wrong code from the same browser counts once (typed, then confirmed with Enter).
 * <p>
 * Why these numbers. A class of 150 learners behind one school router (or the app behind a reverse proxy) shares an
 * address: if 10 % mistype once that is 15 failures, and even every learner mistyping three times is 450, below the
 * address budget of 500; a learner who mistypes waits at most a minute, alone. A guesser who drops the browser cookie
 * gets a fresh browser id at every try, so the address budget is what bounds guessing: 500 guesses an hour against
 * 31^6 = 887,503,681 codes. With K workshops open at once, the expected time to hit any one is
 * 887,503,681 / (500 × K) hours: 1,775,007 hours (over 200 years) for K = 1, about 2 years for K = 100 open
 * workshops; a workshop is open for a day or two.
 */
@Component
class JoinThrottle {

    public static final int FAILURES_PER_BROWSER_PER_MINUTE = 10;
    static final Duration BROWSER_WINDOW = Duration.ofMinutes(1);
    public static final int FAILURES_PER_ADDRESS_PER_HOUR = 500;
    static final Duration ADDRESS_WINDOW = Duration.ofHours(1);

    private final RateLimiter rateLimiter;

    JoinThrottle(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    /**
     * Refuses to look a new code up while this browser, or its address, has used up its wrong codes; a code this
     * browser already got wrong is simply wrong again (confirming the last typed code must not say "too many").
     */
    void check(Requester from, String code) {
        if (rateLimiter.isLimited(codeKey(from, code), 1, BROWSER_WINDOW)) {
            return;
        }
        if (rateLimiter.isLimited(browserKey(from), FAILURES_PER_BROWSER_PER_MINUTE, BROWSER_WINDOW)) {
            throw new InvalidInputException("code", "join.rate-limited");
        }
        if (rateLimiter.isLimited(addressKey(from), FAILURES_PER_ADDRESS_PER_HOUR, ADDRESS_WINDOW)) {
            throw new InvalidInputException("code", "join.rate-limited.address");
        }
    }

    void wrongCode(Requester from, String code) {
        if (rateLimiter.tryAcquire(codeKey(from, code), 1, BROWSER_WINDOW)) {
            rateLimiter.record(browserKey(from), BROWSER_WINDOW);
            rateLimiter.record(addressKey(from), ADDRESS_WINDOW);
        }
    }

    private static String codeKey(Requester from, String code) {
        return "join-code:" + from.device() + ":" + code;
    }

    private static String browserKey(Requester from) {
        return "join:" + from.device();
    }

    private static String addressKey(Requester from) {
        return "join-address:" + from.address();
    }
}
