package vn.toadam.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import vn.toadam.base.UserFacingException;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.base.ui.MainLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import vn.toadam.security.BrowserDevices;
import vn.toadam.workshop.JoinCodes;
import vn.toadam.workshop.Participant;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.Requester;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/** Learners join a workshop: code (or a direct link with it), their name, their group. */
@Route(value = "join/:code?", layout = MainLayout.class)
@AnonymousAllowed
public class JoinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService workshops;
    private final ParticipantSessions sessions;
    private final BrowserDevices devices;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final RadioButtonGroup<WorkshopSummary.GroupInfo> group = new RadioButtonGroup<>();
    private final Paragraph workshopTitle = new Paragraph();
    private final Button resume = new Button();
    private ParticipantInfo resumeAs;
    private final FieldErrors errors = new FieldErrors(Map.of("code", code, "name", name, "group", group));

    JoinView(WorkshopService workshops, ParticipantSessions sessions, BrowserDevices devices) {
        this.workshops = workshops;
        this.sessions = sessions;
        this.devices = devices;
        addClassName("join-view");
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");

        code.setLabel(getTranslation("join.code"));
        code.setMaxLength(JoinCodes.LENGTH_MAX);
        code.setId("join-code-field");
        code.addClassName("code-field");
        code.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        code.addValueChangeListener(e -> lookUp(false));
        name.setLabel(getTranslation("join.name"));
        name.setMaxLength(Participant.NAME_MAX);
        name.setId("join-name");
        name.setWidthFull();
        group.setLabel(getTranslation("join.group"));
        group.setItemLabelGenerator(WorkshopSummary.GroupInfo::name);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setId("join-group");
        workshopTitle.setId("join-workshop-title");
        resume.setId("join-resume");
        resume.setVisible(false);
        resume.addClickListener(e -> openBoard(resumeAs));

        Button join = new Button(getTranslation("join.submit"), e -> join());
        join.setId("join-submit");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        join.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(new H2(getTranslation("join.title")), code, workshopTitle, resume, name, group, join);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(c -> {
            code.setValue(JoinCodes.normalize(c));
            lookUp(true);
        });
    }

    /** Shows the workshop and its groups for the typed code; quiet about an incomplete code while typing. */
    private void lookUp(boolean fromLink) {
        String typed = JoinCodes.normalize(code.getValue());
        group.setItems();
        workshopTitle.setText("");
        resume.setVisible(false);
        code.setInvalid(false);
        if (typed.isEmpty() || (!fromLink && typed.length() < JoinCodes.LENGTH)) {
            return;
        }
        try {
            WorkshopSummary w = workshops.findOpenByCode(typed, requester());
            workshopTitle.setText(w.title());
            group.setItems(w.groups());
            sessions.current(w.joinCode()).ifPresent(this::offerResume);
        } catch (UserFacingException e) {
            errors.show(e);
        }
    }

    private void offerResume(ParticipantInfo me) {
        resumeAs = me;
        resume.setText(getTranslation("join.resume", me.displayName(), me.groupName()));
        resume.setVisible(true);
    }

    private void join() {
        errors.attempt(() -> {
            WorkshopSummary.GroupInfo chosen = group.getValue();
            ParticipantInfo me = workshops.join(code.getValue(), name.getValue(), chosen == null ? null : chosen.id(),
                    requester());
            sessions.remember(me);
            openBoard(me);
        });
    }

    /** This browser and its address, for the limits on wrong codes. */
    private Requester requester() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        String address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
        String device = VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                ? devices.id(request.getHttpServletRequest()) : "unknown";
        return new Requester(address == null ? "unknown" : address, device);
    }

    private void openBoard(ParticipantInfo me) {
        getUI().ifPresent(ui -> ui.navigate("board/" + me.workshopCode()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title") + " · Tọa Đàm";
    }
}
