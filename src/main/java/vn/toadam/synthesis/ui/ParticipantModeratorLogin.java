package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.security.PromotedLearnerSignIn;
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
    private final PromotedLearnerSignIn signIn;

    ParticipantModeratorLogin(ParticipantSessions sessions, WorkshopService workshops, PromotedLearnerSignIn signIn) {
        this.sessions = sessions;
        this.workshops = workshops;
        this.signIn = signIn;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        ParticipantInfo me = sessions.current(code).flatMap(p -> workshops.participant(p.id())).orElse(null);
        if (me == null || me.role() != ParticipantRole.MODERATOR) {
            add(new Paragraph(getTranslation("moderate.not-promoted")));
            return;
        }
        signIn.signIn(me.id(), me.displayName(), me.workshopId(),
                VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        event.getUI().getPage().setLocation("moderate/" + me.workshopId());
    }
}
