package vn.toadam.procedure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.HashSet;
import vn.toadam.base.ui.Notifications;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.procedure.TemplateView;
import vn.toadam.workshop.WorkshopSummary;
import vn.toadam.workshop.ui.WorkshopDetailSection;

/** On the trainer's workshop page: which meeting procedures the groups practise. */
@org.springframework.stereotype.Component
class PractisedProceduresSection implements WorkshopDetailSection {

    private final ProcedureService procedures;

    PractisedProceduresSection(ProcedureService procedures) {
        this.procedures = procedures;
    }

    @Override
    public Component create(WorkshopSummary workshop, boolean trainer) {
        UI ui = UI.getCurrent();
        CheckboxGroup<TemplateView> choice = new CheckboxGroup<>();
        choice.setId("practised-procedures");
        choice.setItems(procedures.templates());
        choice.setItemLabelGenerator(TemplateView::name);
        choice.setValue(new HashSet<>(procedures.practisedBy(workshop.id())));
        choice.setReadOnly(!trainer);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                procedures.setPractised(workshop.id(), e.getValue().stream().map(TemplateView::id).toList());
                Notifications.success(ui.getTranslation("workshop.procedures.saved"));
            }
        });
        return new Div(new H3(ui.getTranslation("workshop.procedures")), choice);
    }
}
