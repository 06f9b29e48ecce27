package vn.toadam.workshop.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.toadam.security.SigningKey;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;

/**
 * Who this browser is in a workshop: kept in the Vaadin session, and in a signed cookie so that a reload,
 * a new tab or a restarted server keep the same identity.
 */
@Component
public class ParticipantSessions {

    static final String COOKIE_PREFIX = "TD_P_";
    static final Duration COOKIE_LIFETIME = Duration.ofDays(7);
    private static final String SESSION_KEY = ParticipantSessions.class.getName();

    private final WorkshopService workshops;
    private final SigningKey signingKey;

    ParticipantSessions(WorkshopService workshops, SigningKey signingKey) {
        this.workshops = workshops;
        this.signingKey = signingKey;
    }

    public Optional<ParticipantInfo> current(String workshopCode) {
        ParticipantInfo known = sessionMap().get(workshopCode);
        if (known != null) {
            return workshops.participant(known.id());
        }
        return fromCookie(workshopCode).flatMap(workshops::participant).filter(p -> {
            if (!p.workshopCode().equals(workshopCode)) {
                return false;
            }
            sessionMap().put(workshopCode, p);
            return true;
        });
    }

    /**
     * The participant of the workshop named by the route's {@code code} parameter; without one (a new browser, a
     * foreign link) the navigation is forwarded to that workshop's join page.
     */
    public Optional<ParticipantInfo> currentOrJoin(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Optional<ParticipantInfo> participant = current(code);
        if (participant.isEmpty()) {
            event.forwardTo("join/" + code);
        }
        return participant;
    }

    public void remember(ParticipantInfo participant) {
        sessionMap().put(participant.workshopCode(), participant);
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE_PREFIX + participant.workshopCode(),
                    signingKey.sign(Long.toString(participant.id())));
            cookie.setHttpOnly(true);
            cookie.setSecure(request != null && request.isSecure());
            cookie.setPath(contextPath(request));
            cookie.setMaxAge((int) COOKIE_LIFETIME.toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private Optional<Long> fromCookie(String workshopCode) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(COOKIE_PREFIX + workshopCode)) {
                return signingKey.verify(cookie.getValue()).flatMap(ParticipantSessions::parseId);
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String contextPath(VaadinRequest request) {
        String path = request == null ? "" : request.getContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ParticipantInfo> sessionMap() {
        VaadinSession session = VaadinSession.getCurrent();
        Map<String, ParticipantInfo> map = (Map<String, ParticipantInfo>) session.getAttribute(SESSION_KEY);
        if (map == null) {
            map = new HashMap<>();
            session.setAttribute(SESSION_KEY, map);
        }
        return map;
    }
}
