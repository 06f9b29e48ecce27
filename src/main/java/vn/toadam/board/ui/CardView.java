package vn.toadam.board.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Interner;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.toadam.base.UserFacingException;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.board.Card;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.board.Reply;
import vn.toadam.board.StepCatalog;

/**
 * One card on a board: a single {@code <toadam-card>} element drawn in the browser from one JSON property (text,
 * author, +1, replies, add-on controls, buttons for edit, delete and link for its author). What the learner
 * presses comes back through the board's one listener as {@link #pressed}. The reply and edit forms are server
 * components added only while open.
 */
@Tag("toadam-card")
class CardView extends Component {

    /**
     * Every board of a group shows most cards the same way (same text, labels and buttons; only the author's and those
     * who gave +1 differ), so equal JSON is kept once for all boards instead of once per board: the largest part of a
     * card's heap per learner. The element keeps the very object it is given, which nobody changes afterwards.
     */
    private static final Interner<ObjectNode> SAME_JSON = Interner.newWeakInterner();

    private final BoardActions actions;
    private final long me;
    private CardSnapshot card;
    private ObjectNode shown;
    private Div replyForm;
    private Div editForm;
    private long editSeenVersion;
    private String editBaseText;

    /** What a card may ask of its board. */
    interface BoardActions {
        CardSnapshot edit(long cardId, long seenVersion, String text, Long answersCardId, Long stepId);

        CardSnapshot delete(long cardId);

        CardSnapshot toggleReaction(long cardId);

        CardSnapshot reply(long cardId, String text);

        Optional<CardSnapshot> find(long cardId);

        Optional<StepCatalog.StepOption> step(Long stepId);

        List<StepCatalog.StepOption> steps();

        List<CardSnapshot> difficulties();

        /** What other features add to a card's toolbar. */
        List<BoardExtension.CardControl> cardControls(CardSnapshot card);

        /** An add-on's control {@code key} was pressed on {@code card}. */
        void controlPressed(String key, CardSnapshot card);

        void applied(CardSnapshot snapshot);
    }

    CardView(CardSnapshot card, long me, BoardActions actions) {
        this.me = me;
        this.actions = actions;
        show(card);
    }

    CardSnapshot card() {
        return card;
    }

    void show(CardSnapshot snapshot) {
        this.card = snapshot;
        if (editForm != null) {
            if (snapshot.text().equals(editBaseText)) {
                editSeenVersion = snapshot.version(); // a +1 or reply is no conflict with the author's edit
            }
            return; // keep what the author is typing; the new version shows after they save or cancel
        }
        ObjectNode json = CardJson.of(snapshot, new CardJson.Context(me,
                snapshot.answersCardId() == null ? null
                        : actions.find(snapshot.answersCardId()).map(d -> excerpt(d.text())).orElse(null),
                actions.step(snapshot.stepId()).map(s -> s.label(getLocale())).orElse(null),
                actions.cardControls(snapshot)), this::getTranslation);
        if (!json.equals(shown)) { // a redraw in the browser costs a message; an equal one is skipped
            shown = SAME_JSON.intern(json);
            getElement().setPropertyJson("card", shown);
        }
    }

    /** The learner pressed {@code action} on this card (an unknown action, e.g. a forged event, does nothing). */
    void pressed(String action, String payload) {
        switch (action) {
            case "react" -> act(() -> actions.applied(actions.toggleReaction(card.id())));
            case "reply" -> toggleReplyForm();
            case "edit" -> startEditing();
            case "delete" -> confirmDelete();
            case "control" -> act(() -> actions.controlPressed(payload, card));
            default -> {
            }
        }
    }

    private void toggleReplyForm() {
        if (replyForm != null) {
            closeReplyForm();
            return;
        }
        TextField text = new TextField();
        text.setMaxLength(Reply.TEXT_MAX);
        text.setPlaceholder(getTranslation("card.reply.placeholder"));
        text.setAriaLabel(getTranslation("card.reply"));
        text.addClassName("reply-field");
        text.setWidthFull();
        FieldErrors errors = new FieldErrors(Map.of("reply", text));
        Button send = new Button(getTranslation("card.reply.send"), e -> errors.attempt(() -> {
            CardSnapshot updated = actions.reply(card.id(), text.getValue());
            closeReplyForm();
            actions.applied(updated);
            focusButton("reply");
        }));
        send.addClassName("reply-send");
        send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        replyForm = new Div(text, send);
        replyForm.addClassName("reply-form");
        getElement().appendChild(replyForm.getElement());
        text.focus();
    }

    private void closeReplyForm() {
        getElement().removeChild(replyForm.getElement());
        replyForm = null;
    }

    private void startEditing() {
        if (editForm != null || card.authorId() != me) {
            return; // only the author sees the button; the service refuses anyone else anyway
        }
        TextArea text = new TextArea();
        text.setValue(card.text());
        text.setMaxLength(Card.TEXT_MAX);
        text.setWidthFull();
        text.setAriaLabel(getTranslation("card.text"));
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
            stopEditing();
            actions.applied(saved);
        }));
        save.addClassName("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> {
            stopEditing();
            show(card);
        });
        cancel.addClassName("edit-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        editForm = new Div(text, answers, step, new HorizontalLayout(save, cancel));
        editForm.addClassName("edit-form");
        getElement().setAttribute("editing", true);
        getElement().appendChild(editForm.getElement());
        text.focus();
    }

    private void stopEditing() {
        getElement().removeChild(editForm.getElement());
        getElement().removeAttribute("editing");
        editForm = null;
        focusButton("edit");
    }

    private void confirmDelete() {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                getTranslation("card.delete.title"), excerpt(card.text()), getTranslation("card.delete"),
                e -> act(() -> actions.applied(actions.delete(card.id()))));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** A form that closes takes its focused field along; without this a keyboard user's focus falls to the page. */
    private void focusButton(String action) {
        getElement().executeJs("this.focusAction($0)", action);
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException ex) {
            vn.toadam.base.ui.Notifications.error(getTranslation(ex.messageKey(), ex.args()));
        }
    }

    static String excerpt(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
