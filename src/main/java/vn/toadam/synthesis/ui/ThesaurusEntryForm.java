package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.base.ui.Notifications;
import vn.toadam.synthesis.ThesaurusService;

/** A trainer's thesaurus entry: a concept name and the phrases meaning it, separated by "|". */
class ThesaurusEntryForm extends FormLayout {

    final TextField concept = new TextField();
    final TextField phrases = new TextField();
    final Button save = new Button();

    ThesaurusEntryForm(ThesaurusService thesaurus, String suggestedPhrases, Consumer<ThesaurusService.TrainerEntry> saved) {
        concept.setLabel(getTranslation("thesaurus.concept"));
        concept.setHelperText(getTranslation("thesaurus.concept.help"));
        concept.setMaxLength(ThesaurusService.CONCEPT_MAX);
        concept.setId("thesaurus-concept");
        phrases.setLabel(getTranslation("thesaurus.phrases"));
        phrases.setHelperText(getTranslation("thesaurus.phrases.help"));
        phrases.setMaxLength(ThesaurusService.PHRASES_TEXT_MAX);
        phrases.setId("thesaurus-phrases");
        phrases.setValue(suggestedPhrases);
        FieldErrors errors = new FieldErrors(Map.of("concept", concept, "phrases", phrases));
        save.setText(getTranslation("thesaurus.add"));
        save.setId("thesaurus-add");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> errors.attempt(() -> {
            ThesaurusService.TrainerEntry entry = thesaurus.add(concept.getValue(), phrases.getValue());
            Notifications.success(getTranslation("thesaurus.added", entry.concept()));
            concept.clear();
            phrases.clear();
            saved.accept(entry);
        }));
        add(concept, phrases, save);
        setMaxWidth("50rem");
    }
}
