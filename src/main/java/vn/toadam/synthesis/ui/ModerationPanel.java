package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.synthesis.ModerationService;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;

/** Who is in the workshop (with "remove"), and the audit list of every moderation act. */
class ModerationPanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final long workshopId;
    private final ModerationService moderation;
    private final WorkshopService workshops;
    private final UnorderedList people = new UnorderedList();
    private final UnorderedList audit = new UnorderedList();
    private final boolean trainer;

    ModerationPanel(long workshopId, ModerationService moderation, WorkshopService workshops, boolean trainer) {
        this.trainer = trainer;
        this.workshopId = workshopId;
        this.moderation = moderation;
        this.workshops = workshops;
        addClassName("moderation-panel");
        people.setId("participants");
        audit.setId("audit");
        add(new H3(getTranslation("moderate.participants")), people, new H3(getTranslation("moderate.audit")), audit);
        reload();
    }

    void reload() {
        people.removeAll();
        for (ParticipantInfo p : workshops.participantsOf(workshopId)) {
            boolean active = workshops.participant(p.id()).isPresent();
            Span name = new Span(p.displayName() + " · " + p.groupName());
            ListItem item = new ListItem(name);
            if (active && trainer) {
                boolean promoted = p.role() == vn.toadam.workshop.ParticipantRole.MODERATOR;
                Button role = new Button(getTranslation(promoted ? "moderate.demote" : "moderate.promote"), e -> {
                    workshops.setParticipantRole(p.id(), promoted ? vn.toadam.workshop.ParticipantRole.LEARNER
                            : vn.toadam.workshop.ParticipantRole.MODERATOR);
                    reload();
                });
                role.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                role.addClassName("participant-promote");
                item.add(role);
            }
            if (active) {
                Button remove = new Button(getTranslation("moderate.remove"), e -> askReason(
                        getTranslation("moderate.remove.title", p.displayName()),
                        reason -> moderation.removeParticipant(workshopId, p.id(), reason)));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.addClassName("participant-remove");
                item.add(remove);
            } else {
                item.add(new Span(" · " + getTranslation("moderate.removed")));
            }
            people.add(item);
        }
        audit.removeAll();
        moderation.audit(workshopId).forEach(entry -> audit.add(new ListItem(TIME.format(entry.at()) + " · "
                + entry.actor() + " · " + getTranslation("moderate.audit." + entry.action()) + ": " + entry.target()
                + (entry.reason() == null ? "" : " — " + entry.reason()))));
    }

    /** Asks for the reason of a moderation act, then does it; the reason is required and kept in the audit. */
    void askReason(String title, Consumer<String> act) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextField reason = new TextField(getTranslation("moderate.reason"));
        reason.setMaxLength(ModerationService.REASON_MAX);
        reason.setWidth("24rem");
        reason.setId("moderation-reason");
        FieldErrors errors = new FieldErrors(Map.of("reason", reason));
        Button confirm = new Button(getTranslation("action.save"), e -> errors.attempt(() -> {
            act.accept(reason.getValue());
            dialog.close();
            reload();
        }));
        confirm.setId("moderation-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
