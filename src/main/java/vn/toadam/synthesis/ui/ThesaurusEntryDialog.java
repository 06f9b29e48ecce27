package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import vn.toadam.synthesis.ThesaurusService;

/** After a merge: the trainer turns the two themes' words into one thesaurus entry ("these words mean the same"). */
class ThesaurusEntryDialog extends Dialog {

    ThesaurusEntryDialog(ThesaurusService thesaurus, String suggestedPhrases) {
        setHeaderTitle(getTranslation("themes.save-thesaurus"));
        ThesaurusEntryForm form = new ThesaurusEntryForm(thesaurus, suggestedPhrases, saved -> close());
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
    }
}
