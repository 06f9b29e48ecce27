package vn.toadam.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Password guessing: after {@link #LOGIN_FAILURES_PER_MINUTE} failed logins from one client address within a
 * minute, further login attempts from it are not even checked; the login page says to try again later.
 */
@Component
public class LoginThrottle extends OncePerRequestFilter {

    public static final int LOGIN_FAILURES_PER_MINUTE = 10;
    static final Duration LOGIN_WINDOW = Duration.ofMinutes(1);
    public static final String RATE_LIMITED = "rate-limited";

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
        if (rateLimiter.isLimited(key(request.getRemoteAddr()), LOGIN_FAILURES_PER_MINUTE, LOGIN_WINDOW)) {
            response.sendRedirect(request.getContextPath() + "/login?error=" + RATE_LIMITED);
            return;
        }
        chain.doFilter(request, response);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            rateLimiter.record(key(details.getRemoteAddress()), LOGIN_WINDOW);
        }
    }

    private static String key(String address) {
        return "login:" + address;
    }
}
