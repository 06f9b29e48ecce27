package vn.toadam.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.base.ui.Notifications;
import vn.toadam.security.Role;
import vn.toadam.workshop.WorkshopGroup;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopStatus;
import vn.toadam.workshop.WorkshopSummary;

/** One workshop for its trainer: the join code and link in large type with a QR code, groups, open/close. */
@Route(value = "trainer/workshops/:id", layout = MainLayout.class)
@RolesAllowed({Role.TRAINER_NAME, Role.MODERATOR_NAME})
class WorkshopDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService workshops;
    private final JoinLinks joinLinks;
    private final boolean trainer;
    private final AuthenticationContext authentication;
    private final java.util.List<WorkshopDetailSection> sections;
    private WorkshopSummary workshop;

    WorkshopDetailView(WorkshopService workshops, JoinLinks joinLinks, AuthenticationContext authentication,
                       java.util.List<WorkshopDetailSection> sections) {
        this.sections = sections;
        this.workshops = workshops;
        this.joinLinks = joinLinks;
        this.trainer = authentication.hasRole(Role.TRAINER_NAME);
        this.authentication = authentication;
        addClassName("workshop-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WorkshopRoutes.workshop(event, workshops).ifPresent(this::show);
    }

    private void show(WorkshopSummary w) {
        this.workshop = w;
        removeAll();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        String facts = Stream.of(w.className(), w.heldOn() == null ? null : dates.format(w.heldOn()), w.place())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
        Span status = new Span(getTranslation("workshop.status." + w.status()));
        status.getElement().getThemeList().add(w.status() == WorkshopStatus.OPEN ? "badge success" : "badge contrast");
        status.setId("workshop-status");
        HorizontalLayout heading = new HorizontalLayout(new H2(w.title()), status);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, new Paragraph(facts));

        String url = joinLinks.joinUrl(w.joinCode());
        Div code = new Div(w.joinCode());
        code.addClassName("join-code");
        code.setId("join-code");
        Anchor link = new Anchor(url, url);
        link.addClassName("join-link");
        link.setId("join-link");
        Image qr = new Image(JoinLinks.qrSvgDataUrl(url), getTranslation("workshop.qr.alt"));
        qr.addClassName("join-qr");
        VerticalLayout joinText = new VerticalLayout(new Span(getTranslation("workshop.join.instructions")), code, link);
        joinText.setPadding(false);
        joinText.setWidth(null);
        joinText.addClassName("join-text");
        HorizontalLayout joinBox = new HorizontalLayout(joinText, qr);
        joinBox.addClassName("join-box");
        joinBox.setWidthFull();
        add(joinBox);

        add(new H3(getTranslation("workshop.groups")));
        for (WorkshopSummary.GroupInfo group : w.groups()) {
            add(groupRow(group));
        }
        sections.forEach(section -> add(section.create(w, trainer)));
        if (trainer) {
            add(new H3(getTranslation("workshop.manage")), lifecycleActions(w));
        }
    }

    private HorizontalLayout lifecycleActions(WorkshopSummary w) {
        boolean open = w.status() == WorkshopStatus.OPEN;
        Button toggle = new Button(getTranslation(open ? "workshop.close" : "workshop.reopen"),
                e -> show(workshops.setStatus(w.id(), open ? WorkshopStatus.CLOSED : WorkshopStatus.OPEN)));
        toggle.setId("workshop-toggle");
        boolean archived = w.status() == WorkshopStatus.ARCHIVED;
        Button archive = new Button(getTranslation(archived ? "workshop.unarchive" : "workshop.archive"),
                e -> show(workshops.setStatus(w.id(), archived ? WorkshopStatus.CLOSED : WorkshopStatus.ARCHIVED)));
        archive.setId("workshop-archive");
        Button edit = new Button(getTranslation("workshop.edit"),
                e -> WorkshopDialog.edit(workshops, w, this::show).open());
        edit.setId("workshop-edit");
        String trainerName = authentication.getPrincipalName().orElse("trainer");
        Button copy = new Button(getTranslation("workshop.copy"), e -> WorkshopDialog.copy(workshops, w, trainerName,
                created -> getUI().ifPresent(ui -> ui.navigate(WorkshopDetailView.class,
                        new com.vaadin.flow.router.RouteParameters("id", Long.toString(created.id()))))).open());
        copy.setId("workshop-copy");
        Button delete = new Button(getTranslation("workshop.delete"), e -> new DeleteWorkshopDialog(workshops, w,
                () -> getUI().ifPresent(ui -> ui.navigate(WorkshopListView.class))).open());
        delete.setId("workshop-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, copy, toggle, archive, delete);
        actions.setWrap(true);
        return actions;
    }

    private HorizontalLayout groupRow(WorkshopSummary.GroupInfo group) {
        TextField name = new TextField();
        name.setValue(group.name());
        name.setMaxLength(WorkshopGroup.NAME_MAX);
        name.setAriaLabel(getTranslation("workshop.group.name"));
        name.setReadOnly(!trainer);
        FieldErrors errors = new FieldErrors(Map.of("groupName", name));
        Button save = new Button(getTranslation("action.save"), e -> errors.attempt(() -> {
            workshops.renameGroup(group.id(), name.getValue());
            Notifications.success(getTranslation("workshop.group.renamed"));
        }));
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.setVisible(trainer);
        HorizontalLayout row = new HorizontalLayout(name, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    @Override
    public String getPageTitle() {
        return (workshop == null ? "" : workshop.title() + " · ") + "Tọa Đàm";
    }
}
