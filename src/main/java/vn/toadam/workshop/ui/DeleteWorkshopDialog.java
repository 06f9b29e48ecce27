package vn.toadam.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/** Deleting a workshop: the dialog names it, and the trainer types its title to confirm. */
class DeleteWorkshopDialog extends Dialog {

    DeleteWorkshopDialog(WorkshopService workshops, WorkshopSummary workshop, Runnable deleted) {
        setHeaderTitle(getTranslation("workshop.delete.title", workshop.title()));
        TextField confirm = new TextField(getTranslation("workshop.delete.confirm"));
        confirm.setId("delete-confirm");
        confirm.setWidthFull();
        FieldErrors errors = new FieldErrors(Map.of("confirm", confirm));
        add(new Paragraph(getTranslation("workshop.delete.warning", workshop.title())), confirm);
        Button delete = new Button(getTranslation("workshop.delete"), e -> errors.attempt(() -> {
            workshops.delete(workshop.id(), confirm.getValue());
            close();
            deleted.run();
        }));
        delete.setId("delete-workshop-confirm");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), delete);
    }
}
