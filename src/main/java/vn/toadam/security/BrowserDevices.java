package vn.toadam.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Which browser a request comes from: a random id in a signed cookie, given on the first request and kept for a
 * year, so that limits per person (wrong join codes, posts) hold for a browser that joins again under another name,
 * and a classroom behind one address is not one person. A browser that drops the cookie simply gets a new one; the
 * budgets per address are what bound such a guesser.
 */
@Component
public class BrowserDevices extends OncePerRequestFilter {

    static final String COOKIE = "TD_DEVICE";
    static final Duration COOKIE_LIFETIME = Duration.ofDays(365);
    private static final String ATTRIBUTE = BrowserDevices.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKey signingKey;

    BrowserDevices(SigningKey signingKey) {
        this.signingKey = signingKey;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String device = fromCookie(request).orElseGet(() -> issue(request, response));
        request.setAttribute(ATTRIBUTE, device);
        chain.doFilter(request, response);
    }

    /** The browser's id; a request that did not pass the filter counts as its session (or as itself). */
    public String id(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String device) {
            return device;
        }
        return fromCookie(request).orElseGet(() -> "session-" + request.getSession().getId());
    }

    private Optional<String> fromCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(COOKIE)) {
                return signingKey.verify(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private String issue(HttpServletRequest request, HttpServletResponse response) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String device = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Cookie cookie = new Cookie(COOKIE, signingKey.sign(device));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        String path = request.getContextPath();
        cookie.setPath(path == null || path.isEmpty() ? "/" : path);
        cookie.setMaxAge((int) COOKIE_LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return device;
    }
}
