package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.security.ModeratorScope;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.ParticipantRole;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.ui.ParticipantSessions;

/**
 * A learner the trainer promoted to moderator opens the moderator's screen from their board: this browser is signed
 * in with the moderator role for that workshop only (as "participant-N") and taken there. Anyone else is told they may not.
 */
@Route(value = "moderate-as/:code", layout = MainLayout.class)
@AnonymousAllowed
class ParticipantModeratorLogin extends Div implements BeforeEnterObserver {

    private final ParticipantSessions sessions;
    private final WorkshopService workshops;
    private final SecurityContextHolderStrategy security;

    ParticipantModeratorLogin(ParticipantSessions sessions, WorkshopService workshops,
                              SecurityContextHolderStrategy security) {
        this.sessions = sessions;
        this.workshops = workshops;
        this.security = security;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        ParticipantInfo me = sessions.current(code).flatMap(p -> workshops.participant(p.id())).orElse(null);
        if (me == null || me.role() != ParticipantRole.MODERATOR) {
            add(new Paragraph(getTranslation("moderate.not-promoted")));
            return;
        }
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "participant-" + me.id() + " (" + me.displayName() + ")", null,
                ModeratorScope.promotedLearner(me.workshopId())));
        security.setContext(context);
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        request.changeSessionId(); // a new session id at every sign-in (session fixation)
        new HttpSessionSecurityContextRepository().saveContext(context, request,
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        event.getUI().getPage().setLocation("moderate/" + me.workshopId());
    }
}
