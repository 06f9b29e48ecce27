package vn.toadam.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.workshop.NewWorkshop;
import vn.toadam.workshop.Workshop;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/** Title, class, date, place (and, for a new one, the number of groups) of a workshop: create, copy or edit. */
class WorkshopDialog extends Dialog {

    private final TextField title = new TextField();
    private final TextField className = new TextField();
    private final DatePicker heldOn = new DatePicker();
    private final TextField place = new TextField();
    private final IntegerField groupCount = new IntegerField();
    private final FieldErrors errors = new FieldErrors(Map.of("title", title, "className", className,
            "place", place, "groupCount", groupCount));

    static WorkshopDialog create(WorkshopService workshops, String trainer, Consumer<WorkshopSummary> done) {
        WorkshopDialog dialog = new WorkshopDialog("workshop.create", "workshop.create.save",
                form -> workshops.create(form, trainer), done);
        dialog.heldOn.setValue(LocalDate.now());
        return dialog;
    }

    static WorkshopDialog copy(WorkshopService workshops, WorkshopSummary source, String trainer,
                               Consumer<WorkshopSummary> done) {
        WorkshopDialog dialog = new WorkshopDialog("workshop.copy", "workshop.copy.save",
                form -> workshops.copy(source.id(), form, trainer), done);
        dialog.fill(source);
        dialog.title.setValue(dialog.getTranslation("workshop.copy.title", source.title()));
        dialog.heldOn.setValue(LocalDate.now());
        dialog.groupCount.setVisible(false);
        return dialog;
    }

    static WorkshopDialog edit(WorkshopService workshops, WorkshopSummary workshop, Consumer<WorkshopSummary> done) {
        WorkshopDialog dialog = new WorkshopDialog("workshop.edit", "action.save",
                form -> workshops.update(workshop.id(), form), done);
        dialog.fill(workshop);
        dialog.groupCount.setVisible(false);
        return dialog;
    }

    private WorkshopDialog(String headerKey, String saveKey, Function<NewWorkshop, WorkshopSummary> action,
                           Consumer<WorkshopSummary> done) {
        setHeaderTitle(getTranslation(headerKey));
        title.setLabel(getTranslation("workshop.title"));
        title.setMaxLength(Workshop.TITLE_MAX);
        title.setId("workshop-title");
        title.setRequiredIndicatorVisible(true);
        className.setLabel(getTranslation("workshop.class"));
        className.setMaxLength(Workshop.CLASS_NAME_MAX);
        className.setId("workshop-class");
        heldOn.setLabel(getTranslation("workshop.date"));
        heldOn.setLocale(getLocale());
        heldOn.setId("workshop-date");
        place.setLabel(getTranslation("workshop.place"));
        place.setMaxLength(Workshop.PLACE_MAX);
        place.setId("workshop-place");
        groupCount.setLabel(getTranslation("workshop.groups"));
        groupCount.setMin(Workshop.GROUPS_MIN);
        groupCount.setMax(Workshop.GROUPS_MAX);
        groupCount.setStepButtonsVisible(true);
        groupCount.setValue(Workshop.DEFAULT_GROUPS);
        groupCount.setId("workshop-groups");
        add(new FormLayout(title, className, heldOn, place, groupCount));

        Button save = new Button(getTranslation(saveKey), e -> errors.attempt(() -> {
            Integer groups = groupCount.getValue();
            WorkshopSummary saved = action.apply(new NewWorkshop(title.getValue(), className.getValue(),
                    heldOn.getValue(), place.getValue(), groups == null ? 0 : groups));
            close();
            done.accept(saved);
        }));
        save.setId("workshop-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void fill(WorkshopSummary w) {
        title.setValue(w.title());
        className.setValue(w.className() == null ? "" : w.className());
        heldOn.setValue(w.heldOn());
        place.setValue(w.place() == null ? "" : w.place());
    }
}
