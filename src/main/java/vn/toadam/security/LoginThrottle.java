package vn.toadam.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Password guessing: after {@link #LOGIN_FAILURES_PER_MINUTE} failed logins for one username from one client address
 * within a minute, or {@link #LOGIN_FAILURES_PER_ADDRESS_PER_HOUR} for any usernames from one address within an
 * hour, further login attempts are not even checked; the login page says to try again later. Only failed logins
 * count, in a budget of their own: learners mistyping join codes behind the same address never block a trainer,
 * and someone failing under another username leaves the trainer's own budget alone.
 * <p>
 * Arithmetic: one address gets at most 100 guesses an hour, about 876,000 a year, against one account's password
 * (at least {@link AppUser#PASSWORD_MIN} characters); 100 an hour is far more than a room of trainers and moderators
 * who mistype ever reaches.
 */
@Component
public class LoginThrottle extends OncePerRequestFilter {

    public static final int LOGIN_FAILURES_PER_MINUTE = 10;
    static final Duration LOGIN_WINDOW = Duration.ofMinutes(1);
    public static final int LOGIN_FAILURES_PER_ADDRESS_PER_HOUR = 100;
    static final Duration ADDRESS_WINDOW = Duration.ofHours(1);
    public static final String RATE_LIMITED = "rate-limited";
    public static final String ADDRESS_RATE_LIMITED = "rate-limited-address";

    private final RateLimiter rateLimiter;

    LoginThrottle(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        String refusal = null;
        if (rateLimiter.isLimited(accountKey(request.getParameter("username"), address), LOGIN_FAILURES_PER_MINUTE,
                LOGIN_WINDOW)) {
            refusal = RATE_LIMITED;
        } else if (rateLimiter.isLimited(addressKey(address), LOGIN_FAILURES_PER_ADDRESS_PER_HOUR, ADDRESS_WINDOW)) {
            refusal = ADDRESS_RATE_LIMITED;
        }
        if (refusal != null) {
            response.sendRedirect(request.getContextPath() + "/login?error=" + refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            String address = details.getRemoteAddress();
            rateLimiter.record(accountKey(event.getAuthentication().getName(), address), LOGIN_WINDOW);
            rateLimiter.record(addressKey(address), ADDRESS_WINDOW);
        }
    }

    private static String accountKey(String username, String address) {
        String account = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "login:" + address + ":" + account;
    }

    private static String addressKey(String address) {
        return "login-address:" + address;
    }
}
