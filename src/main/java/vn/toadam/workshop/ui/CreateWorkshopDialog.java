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
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.workshop.NewWorkshop;
import vn.toadam.workshop.Workshop;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/** Title, class, date, place and number of groups of a new workshop. */
class CreateWorkshopDialog extends Dialog {

    private final TextField title = new TextField();
    private final TextField className = new TextField();
    private final DatePicker heldOn = new DatePicker();
    private final TextField place = new TextField();
    private final IntegerField groupCount = new IntegerField();
    private final FieldErrors errors = new FieldErrors(Map.of("title", title, "className", className,
            "place", place, "groupCount", groupCount));

    CreateWorkshopDialog(WorkshopService workshops, String trainer, Consumer<WorkshopSummary> onCreated) {
        setHeaderTitle(getTranslation("workshop.create"));
        title.setLabel(getTranslation("workshop.title"));
        title.setMaxLength(Workshop.TITLE_MAX);
        title.setId("workshop-title");
        title.setRequiredIndicatorVisible(true);
        className.setLabel(getTranslation("workshop.class"));
        className.setMaxLength(Workshop.CLASS_NAME_MAX);
        className.setId("workshop-class");
        heldOn.setLabel(getTranslation("workshop.date"));
        heldOn.setLocale(getLocale());
        heldOn.setValue(LocalDate.now());
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

        Button save = new Button(getTranslation("workshop.create.save"), e -> errors.attempt(() -> {
            Integer groups = groupCount.getValue();
            WorkshopSummary created = workshops.create(new NewWorkshop(title.getValue(), className.getValue(),
                    heldOn.getValue(), place.getValue(), groups == null ? 0 : groups), trainer);
            close();
            onCreated.accept(created);
        }));
        save.setId("workshop-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
