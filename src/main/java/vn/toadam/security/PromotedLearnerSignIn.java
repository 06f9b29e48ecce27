package vn.toadam.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs this browser in as the moderator of one workshop for a learner the trainer promoted. The session is
 * registered like an account's, so that taking the role back or removing the learner ends it at the next request
 * ({@link SignedInSessions}).
 */
@Component
public class PromotedLearnerSignIn {

    private final SecurityContextHolderStrategy security;
    private final SessionRegistry sessions;

    PromotedLearnerSignIn(SecurityContextHolderStrategy security, SessionRegistry sessions) {
        this.security = security;
        this.sessions = sessions;
    }

    public void signIn(long participantId, String displayName, long workshopId, HttpServletRequest request,
                       HttpServletResponse response) {
        PromotedLearner principal = new PromotedLearner(participantId, displayName);
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                ModeratorScope.promotedLearner(workshopId)));
        security.setContext(context);
        request.changeSessionId(); // a new session id at every sign-in (session fixation)
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        sessions.registerNewSession(request.getSession().getId(), principal);
    }
}
