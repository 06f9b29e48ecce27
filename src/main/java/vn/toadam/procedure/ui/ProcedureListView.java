package vn.toadam.procedure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.procedure.TemplateView;
import vn.toadam.security.Role;

/** The meeting procedures: the guide's built-in ones and trainers' edited copies. */
@Route(value = "trainer/procedures", layout = MainLayout.class)
@RolesAllowed(Role.TRAINER_NAME)
class ProcedureListView extends VerticalLayout implements HasDynamicTitle {

    ProcedureListView(ProcedureService procedures) {
        Grid<TemplateView> grid = new Grid<>();
        grid.setId("procedure-grid");
        grid.addColumn(TemplateView::name).setHeader(getTranslation("procedure.name")).setFlexGrow(3);
        grid.addColumn(t -> getTranslation("procedure.kind." + t.kind())).setHeader(getTranslation("procedure.kind"));
        grid.addColumn(t -> t.steps().size()).setHeader(getTranslation("procedure.steps"));
        grid.addColumn(TemplateView::legalBasis).setHeader(getTranslation("procedure.legal-basis")).setFlexGrow(2);
        grid.addComponentColumn(t -> {
            Button copy = new Button(getTranslation("procedure.copy"), e -> {
                TemplateView copied = procedures.copy(t.id(), getTranslation("procedure.copy.name", t.name()));
                open(copied);
            });
            copy.addClassName("procedure-copy");
            copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button edit = new Button(getTranslation("card.edit"), e -> open(t));
            edit.addClassName("procedure-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setVisible(!t.builtin());
            HorizontalLayout actions = new HorizontalLayout(copy, edit);
            if (t.builtin()) {
                Span builtin = new Span(getTranslation("procedure.builtin.badge"));
                builtin.getElement().getThemeList().add("badge contrast");
                actions.add(builtin);
            }
            return actions;
        }).setKey("actions").setAutoWidth(true);
        grid.setItems(procedures.templates());
        add(new H2(getTranslation("procedure.list.title")), grid);
        setSizeFull();
    }

    private void open(TemplateView template) {
        getUI().ifPresent(ui -> ui.navigate(ProcedureEditorView.class,
                new RouteParameters("id", Long.toString(template.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("procedure.list.title") + " · Tọa Đàm";
    }
}
