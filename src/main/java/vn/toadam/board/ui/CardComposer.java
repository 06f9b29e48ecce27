package vn.toadam.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import vn.toadam.base.UserFacingException;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.board.Card;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.board.StepCatalog;

/**
 * Writes a new card: type, text and, for a solution, the difficulty it answers. Each draft has its own key, so a
 * double click or a resend after a lost connection stores the card once.
 */
class CardComposer extends Div {

    /** Posts the draft; returns the stored card. */
    interface Poster {
        CardSnapshot post(CardType type, String text, Long answersCardId, Long stepId, String clientKey);
    }

    private final Select<CardType> type = new Select<>();
    private final ComboBox<StepCatalog.StepOption> step = new ComboBox<>();
    private final TextArea text = new TextArea();
    private final Supplier<List<CardSnapshot>> difficulties;
    private ComboBox<CardSnapshot> answers;
    private final Div answersSlot = new Div();
    private final FieldErrors errors;
    private String clientKey = UUID.randomUUID().toString();
    /** The draft last sent with {@link #clientKey}: a draft changed after a failed send is a new card, with a new key. */
    private List<Object> sentDraft;

    CardComposer(Poster poster, Supplier<List<CardSnapshot>> difficulties, List<StepCatalog.StepOption> steps) {
        this.difficulties = difficulties;
        addClassName("card-composer");
        type.setLabel(getTranslation("card.type"));
        type.setItems(CardType.values());
        type.setItemLabelGenerator(t -> getTranslation("card.type." + t));
        type.setValue(CardType.ADVANTAGE);
        type.setId("composer-type");
        type.addValueChangeListener(e -> refreshAnswers());
        text.setLabel(getTranslation("card.text"));
        text.setMaxLength(Card.TEXT_MAX);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> text.setHelperText(e.getValue().length() + "/" + Card.TEXT_MAX));
        text.setHelperText("0/" + Card.TEXT_MAX);
        text.setId("composer-text");
        text.setWidthFull();
        step.setLabel(getTranslation("card.step"));
        step.setItems(steps);
        step.setItemLabelGenerator(o -> o.label(getLocale()));
        step.setClearButtonVisible(true);
        step.setPlaceholder(getTranslation("card.step.none"));
        step.setId("composer-step");
        step.setVisible(!steps.isEmpty());
        answers = DifficultyPicker.create(List.of(), null);
        answersSlot.add(answers);
        answersSlot.setVisible(false);
        errors = new FieldErrors(Map.of("type", type, "text", text, "step", step));
        Button post = new Button(getTranslation("card.post"), e -> {
            errors.clear();
            answers.setInvalid(false);
            try {
                Long answersId = answersSlot.isVisible() && answers.getValue() != null ? answers.getValue().id() : null;
                Long stepId = step.getValue() == null ? null : step.getValue().stepId();
                List<Object> draft = Arrays.asList(type.getValue(), text.getValue(), answersId, stepId);
                if (sentDraft != null && !sentDraft.equals(draft)) {
                    clientKey = UUID.randomUUID().toString();
                }
                sentDraft = draft;
                poster.post(type.getValue(), text.getValue(), answersId, stepId, clientKey);
                text.clear();
                answers.clear();
                sentDraft = null;
                clientKey = UUID.randomUUID().toString();
                text.focus(); // ready for the next card; the disabled-while-posting button had lost the focus
            } catch (UserFacingException ex) {
                if ("answers".equals(ex.field())) {
                    answers.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                    answers.setInvalid(true);
                } else {
                    errors.show(ex);
                }
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        post.setDisableOnClick(true);
        post.setId("composer-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(type, step, text, answersSlot, post);
    }

    /** Keeps the list of difficulties a new solution can answer up to date. */
    void refreshAnswers() {
        boolean solution = type.getValue() == CardType.SOLUTION;
        answersSlot.setVisible(solution);
        if (solution) {
            CardSnapshot chosen = answers.getValue();
            answersSlot.removeAll();
            answers = DifficultyPicker.create(difficulties.get(), chosen == null ? null : chosen.id());
            answersSlot.add(answers);
        }
    }
}
