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
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.board.CardSnapshot;
import vn.toadam.synthesis.ModerationLogged;
import vn.toadam.synthesis.ModerationService;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.ParticipantRole;
import vn.toadam.workshop.RosterEntry;
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
    /** The listed people by participant id, with their rows, to add or re-draw one row. */
    private final Map<Long, Listed> rows = new HashMap<>();

    private record Listed(ParticipantInfo participant, ListItem item) {
    }

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

    /** Reads the whole list and log again: two queries (on opening, and after this screen's own role change). */
    void reload() {
        people.removeAll();
        rows.clear();
        for (RosterEntry entry : workshops.roster(workshopId)) {
            ListItem item = row(entry.participant(), !entry.removed());
            rows.put(entry.participant().id(), new Listed(entry.participant(), item));
            people.add(item);
        }
        audit.removeAll();
        moderation.audit(workshopId).forEach(entry -> audit.add(auditItem(entry)));
    }

    /**
     * A card arrived: if its author is not listed yet (they joined after this screen opened), adds them in name
     * order from the card itself, without asking the database.
     */
    void cardSeen(CardSnapshot card, String groupName) {
        joined(new ParticipantInfo(card.authorId(), workshopId, null, null, card.groupId(), groupName,
                card.authorName(), ParticipantRole.LEARNER, null));
    }

    /** Someone joined (here or on another node): listed in name order, unless listed already. */
    void joined(ParticipantInfo someone) {
        if (rows.containsKey(someone.id())) {
            return;
        }
        int at = (int) rows.values().stream()
                .filter(other -> other.participant().displayName().compareTo(someone.displayName()) <= 0).count();
        ListItem item = row(someone, true);
        rows.put(someone.id(), new Listed(someone, item));
        people.addComponentAtIndex(at, item);
    }

    /** A moderation act was committed (here or on another screen): logs it and marks a removed person. */
    void logged(ModerationLogged event) {
        audit.addComponentAsFirst(auditItem(event.entry()));
        Long removed = event.removedParticipantId();
        Listed listed = removed == null ? null : rows.get(removed);
        if (listed != null) {
            ListItem updated = row(listed.participant(), false);
            int at = people.getElement().indexOfChild(listed.item().getElement());
            people.remove(listed.item());
            people.addComponentAtIndex(at, updated);
            rows.put(removed, new Listed(listed.participant(), updated));
        }
    }

    private ListItem row(ParticipantInfo p, boolean active) {
        Span name = new Span(p.displayName() + " · " + p.groupName());
        ListItem item = new ListItem(name);
        if (active && trainer) {
            boolean promoted = p.role() == ParticipantRole.MODERATOR;
            Button role = new Button(getTranslation(promoted ? "moderate.demote" : "moderate.promote"), e -> {
                workshops.setParticipantRole(p.id(), promoted ? ParticipantRole.LEARNER : ParticipantRole.MODERATOR);
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
        return item;
    }

    private ListItem auditItem(ModerationService.AuditEntry entry) {
        return new ListItem(TIME.format(entry.at()) + " · " + entry.actor() + " · "
                + getTranslation("moderate.audit." + entry.action()) + ": " + entry.target()
                + (entry.reason() == null ? "" : " — " + entry.reason()));
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
            act.accept(reason.getValue()); // its ModerationLogged event updates this panel
            dialog.close();
        }));
        confirm.setId("moderation-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
