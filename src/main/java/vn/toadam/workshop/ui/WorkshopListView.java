package vn.toadam.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.security.Role;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/** The trainer's list of workshops, and the way to create one. */
@Route(value = "trainer", layout = MainLayout.class)
@RolesAllowed({Role.TRAINER_NAME, Role.MODERATOR_NAME})
class WorkshopListView extends VerticalLayout implements HasDynamicTitle {

    WorkshopListView(WorkshopService workshops, AuthenticationContext authentication) {
        Grid<WorkshopSummary> grid = new Grid<>();
        grid.setId("workshop-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(WorkshopSummary::title).setHeader(getTranslation("workshop.title")).setFlexGrow(3);
        grid.addColumn(WorkshopSummary::className).setHeader(getTranslation("workshop.class")).setFlexGrow(2);
        grid.addColumn(w -> w.heldOn() == null ? "" : dates.format(w.heldOn())).setHeader(getTranslation("workshop.date"));
        grid.addColumn(WorkshopSummary::joinCode).setHeader(getTranslation("workshop.code"));
        grid.addColumn(w -> getTranslation("workshop.status." + w.status())).setHeader(getTranslation("workshop.status"));
        grid.setItems(workshops.list());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(WorkshopDetailView.class,
                new com.vaadin.flow.router.RouteParameters("id", Long.toString(e.getItem().id())))));
        grid.setEmptyStateText(getTranslation("workshop.list.empty"));

        Button create = new Button(getTranslation("workshop.create"), VaadinIcon.PLUS.create(), e ->
                new CreateWorkshopDialog(workshops, authentication.getPrincipalName().orElseThrow(),
                        created -> getUI().ifPresent(ui -> ui.navigate(WorkshopDetailView.class,
                                new com.vaadin.flow.router.RouteParameters("id", Long.toString(created.id())))))
                        .open());
        create.setId("create-workshop");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(authentication.hasRole(Role.TRAINER_NAME));
        add(new H2(getTranslation("workshop.list.title")), create, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.list.title") + " · Tọa Đàm";
    }
}
