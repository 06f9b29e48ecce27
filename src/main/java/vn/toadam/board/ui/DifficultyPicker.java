package vn.toadam.board.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import vn.toadam.board.CardSnapshot;

/** Chooses the difficulty a solution answers, among the group's difficulties. */
final class DifficultyPicker {

    private DifficultyPicker() {
    }

    static ComboBox<CardSnapshot> create(List<CardSnapshot> difficulties, Long selectedId) {
        ComboBox<CardSnapshot> picker = new ComboBox<>(UI.getCurrent().getTranslation("card.answers.label"));
        picker.setItems(difficulties);
        picker.setItemLabelGenerator(d -> CardView.excerpt(d.text()));
        picker.setClearButtonVisible(true);
        picker.setWidthFull();
        picker.addClassName("answers-picker");
        if (selectedId != null) {
            difficulties.stream().filter(d -> d.id() == selectedId).findFirst().ifPresent(picker::setValue);
        }
        return picker;
    }
}
