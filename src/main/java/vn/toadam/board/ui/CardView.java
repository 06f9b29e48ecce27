package vn.toadam.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.toadam.base.UserFacingException;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.board.Card;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.board.Reply;
import vn.toadam.board.StepCatalog;

/** One card on a board: text, author, +1, replies; edit, delete and link for its author. */
class CardView extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final BoardActions actions;
    private final long me;
    private CardSnapshot card;
    private boolean editing;
    private long editSeenVersion;
    private String editBaseText;
    private boolean replying;
    /** The class of the toolbar button the user just pressed: it gets the keyboard focus back once redrawn. */
    private String refocus;

    /** What a card may ask of its board. */
    interface BoardActions {
        CardSnapshot edit(long cardId, long seenVersion, String text, Long answersCardId, Long stepId);

        CardSnapshot delete(long cardId);

        CardSnapshot toggleReaction(long cardId);

        CardSnapshot reply(long cardId, String text);

        Optional<CardSnapshot> find(long cardId);

        Optional<StepCatalog.StepOption> step(Long stepId);

        java.util.List<StepCatalog.StepOption> steps();

        java.util.List<CardSnapshot> difficulties();

        /** What other features add to a card's toolbar. */
        java.util.List<com.vaadin.flow.component.Component> cardControls(CardSnapshot card);

        void applied(CardSnapshot snapshot);
    }

    CardView(CardSnapshot card, long me, BoardActions actions) {
        this.me = me;
        this.actions = actions;
        addClassName("board-card");
        setId("card-" + card.id());
        show(card);
    }

    CardSnapshot card() {
        return card;
    }

    void show(CardSnapshot snapshot) {
        this.card = snapshot;
        if (editing) {
            if (snapshot.text().equals(editBaseText)) {
                editSeenVersion = snapshot.version(); // a +1 or reply is no conflict with the author's edit
            }
            return; // keep what the author is typing; the new version shows after they save or cancel
        }
        removeAll();
        getElement().setAttribute("data-type", snapshot.type().name());
        Paragraph text = new Paragraph(snapshot.text());
        text.addClassName("card-text");
        add(text);
        if (snapshot.answersCardId() != null) {
            actions.find(snapshot.answersCardId()).ifPresent(d -> {
                Span answers = new Span(getTranslation("card.answers", excerpt(d.text())));
                answers.addClassName("card-answers");
                add(answers);
            });
        }
        actions.step(snapshot.stepId()).ifPresent(step -> {
            Span stepLabel = new Span(step.label(getLocale()));
            stepLabel.addClassName("card-step");
            add(stepLabel);
        });
        Span meta = new Span(snapshot.authorName()
                + (snapshot.postedBy() == null ? "" : " (" + getTranslation("card.posted-by", snapshot.postedBy()) + ")")
                + " · " + TIME.format(snapshot.createdAt())
                + (snapshot.updatedAt().isAfter(snapshot.createdAt()) ? " · " + getTranslation("card.edited") : ""));
        meta.addClassName("card-meta");
        add(meta);
        HorizontalLayout toolbar = toolbar(snapshot);
        add(toolbar);
        focusAgain(toolbar);
        snapshot.replies().forEach(r -> {
            Div reply = new Div(new Span(r.authorName() + ": "), new Span(r.text()));
            reply.addClassName("card-reply");
            add(reply);
        });
        if (replying) {
            add(replyForm());
        }
    }

    private HorizontalLayout toolbar(CardSnapshot snapshot) {
        boolean mine = snapshot.authorId() == me;
        boolean reacted = snapshot.reactorIds().contains(me);
        Button plusOne = new Button("+1 · " + snapshot.reactionCount(),
                e -> act("react-button", () -> actions.toggleReaction(snapshot.id())));
        plusOne.addClassName("react-button");
        plusOne.getElement().setAttribute("data-count", Integer.toString(snapshot.reactionCount()));
        plusOne.addThemeVariants(ButtonVariant.LUMO_SMALL, reacted ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        plusOne.setEnabled(!mine);
        plusOne.setTooltipText(getTranslation(mine ? "card.react.own" : reacted ? "card.react.undo" : "card.react"));
        plusOne.setAriaLabel(getTranslation("card.react.label", snapshot.reactionCount()));
        plusOne.getElement().setAttribute("aria-pressed", Boolean.toString(reacted));
        Button reply = new Button(VaadinIcon.COMMENT_O.create(), e -> {
            replying = !replying;
            refocus = replying ? null : "reply-button"; // an open form focuses its field
            show(card);
        });
        reply.addClassName("reply-button");
        reply.setAriaLabel(getTranslation("card.reply"));
        reply.setTooltipText(getTranslation("card.reply"));
        reply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(plusOne, reply);
        actions.cardControls(snapshot).forEach(bar::add);
        bar.addClassName("card-toolbar");
        bar.setSpacing(false);
        if (mine) {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> startEditing());
            edit.addClassName("edit-button");
            edit.setAriaLabel(getTranslation("card.edit"));
            edit.setTooltipText(getTranslation("card.edit"));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete());
            delete.addClassName("delete-button");
            delete.setAriaLabel(getTranslation("card.delete"));
            delete.setTooltipText(getTranslation("card.delete"));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            bar.add(edit, delete);
        }
        return bar;
    }

    private Div replyForm() {
        TextField text = new TextField();
        text.setMaxLength(Reply.TEXT_MAX);
        text.setPlaceholder(getTranslation("card.reply.placeholder"));
        text.addClassName("reply-field");
        text.setWidthFull();
        FieldErrors errors = new FieldErrors(Map.of("reply", text));
        Button send = new Button(getTranslation("card.reply.send"), e -> errors.attempt(() -> {
            CardSnapshot updated = actions.reply(card.id(), text.getValue());
            replying = false;
            refocus = "reply-button";
            actions.applied(updated);
        }));
        send.addClassName("reply-send");
        send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(text, send);
        form.addClassName("reply-form");
        text.focus();
        return form;
    }

    private void startEditing() {
        editing = true;
        removeAll();
        TextArea text = new TextArea();
        text.setValue(card.text());
        text.setMaxLength(Card.TEXT_MAX);
        text.setWidthFull();
        text.addClassName("edit-text");
        ComboBox<CardSnapshot> answers = DifficultyPicker.create(actions.difficulties(), card.answersCardId());
        answers.setVisible(card.type() == CardType.SOLUTION);
        ComboBox<StepCatalog.StepOption> step = new ComboBox<>(getTranslation("card.step"));
        step.setItems(actions.steps());
        step.setItemLabelGenerator(o -> o.label(getLocale()));
        step.setClearButtonVisible(true);
        step.setWidthFull();
        step.setVisible(!actions.steps().isEmpty());
        actions.step(card.stepId()).ifPresent(step::setValue);
        FieldErrors errors = new FieldErrors(Map.of("text", text, "answers", answers, "step", step));
        editSeenVersion = card.version();
        editBaseText = card.text();
        Button save = new Button(getTranslation("action.save"), e -> errors.attempt(() -> {
            CardSnapshot saved = actions.edit(card.id(), editSeenVersion, text.getValue(),
                    answers.getValue() == null ? null : answers.getValue().id(),
                    step.getValue() == null ? null : step.getValue().stepId());
            editing = false;
            actions.applied(saved);
        }));
        save.addClassName("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> {
            editing = false;
            show(card);
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(text, answers, step, new HorizontalLayout(save, cancel));
    }

    private void confirmDelete() {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                getTranslation("card.delete.title"), excerpt(card.text()), getTranslation("card.delete"),
                e -> act(null, () -> actions.delete(card.id())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void act(String focusAfter, java.util.function.Supplier<CardSnapshot> action) {
        refocus = focusAfter;
        try {
            actions.applied(action.get());
        } catch (UserFacingException ex) {
            vn.toadam.base.ui.Notifications.error(getTranslation(ex.messageKey(), ex.args()));
        } finally {
            refocus = null;
        }
    }

    /** Redrawing the card replaces its buttons; without this a keyboard user's focus would fall back to the page. */
    private void focusAgain(HorizontalLayout toolbar) {
        if (refocus != null) {
            String wanted = refocus;
            toolbar.getChildren().filter(c -> c instanceof Button b && b.hasClassName(wanted)).findFirst()
                    .ifPresent(b -> ((Button) b).focus());
            refocus = null;
        }
    }

    static String excerpt(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
