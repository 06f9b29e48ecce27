package vn.toadam.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Stream;
import vn.toadam.base.Texts;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.security.Role;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopStatus;
import vn.toadam.workshop.WorkshopSummary;

/** The trainer's list of workshops: search, filters by status and date, create, import. */
@Route(value = "trainer", layout = MainLayout.class)
@RolesAllowed({Role.TRAINER_NAME, Role.MODERATOR_NAME})
class WorkshopListView extends VerticalLayout implements HasDynamicTitle {

    /** Which workshops the list shows; archived ones are hidden unless asked for. */
    enum StatusFilter {
        ACTIVE, OPEN, CLOSED, ARCHIVED, ALL;

        boolean accepts(WorkshopStatus status) {
            return switch (this) {
                case ACTIVE -> status != WorkshopStatus.ARCHIVED;
                case ALL -> true;
                default -> status.name().equals(name());
            };
        }
    }

    private final Grid<WorkshopSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<StatusFilter> status = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final List<WorkshopSummary> all;

    WorkshopListView(WorkshopService workshops, AuthenticationContext authentication,
                     List<WorkshopListSection> sections) {
        boolean trainer = authentication.hasRole(Role.TRAINER_NAME);
        all = workshops.list();
        grid.setId("workshop-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(WorkshopSummary::title).setHeader(getTranslation("workshop.title")).setFlexGrow(3);
        grid.addColumn(WorkshopSummary::className).setHeader(getTranslation("workshop.class")).setFlexGrow(2);
        grid.addColumn(w -> w.heldOn() == null ? "" : dates.format(w.heldOn())).setHeader(getTranslation("workshop.date"));
        grid.addColumn(WorkshopSummary::joinCode).setHeader(getTranslation("workshop.code"));
        grid.addColumn(w -> getTranslation("workshop.status." + w.status())).setHeader(getTranslation("workshop.status"));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setEmptyStateText(getTranslation("workshop.list.empty"));

        search.setPlaceholder(getTranslation("workshop.search"));
        search.setAriaLabel(getTranslation("workshop.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("workshop-search");
        search.setWidth("20rem");
        status.setLabel(getTranslation("workshop.filter.status"));
        status.setItems(StatusFilter.values());
        status.setItemLabelGenerator(f -> getTranslation("workshop.filter." + f));
        status.setValue(StatusFilter.ACTIVE);
        status.setId("workshop-status-filter");
        from.setLabel(getTranslation("workshop.filter.from"));
        to.setLabel(getTranslation("workshop.filter.to"));
        Stream.of(from, to).forEach(d -> {
            d.setLocale(getLocale());
            d.setClearButtonVisible(true);
            d.addValueChangeListener(e -> refresh());
        });
        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, status, from, to);
        filters.addClassName("workshop-filters");

        Button create = new Button(getTranslation("workshop.create"), VaadinIcon.PLUS.create(), e ->
                WorkshopDialog.create(workshops, authentication.getPrincipalName().orElseThrow(),
                        created -> open(created.id())).open());
        create.setId("create-workshop");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(trainer);
        add(new H2(getTranslation("workshop.list.title")), create, filters, grid);
        sections.forEach(section -> add(section.create(trainer, this::open)));
        setSizeFull();
        refresh();
    }

    private void refresh() {
        String query = Texts.fold(search.getValue()).strip();
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        grid.setItems(all.stream()
                .filter(w -> status.getValue() == null || status.getValue().accepts(w.status()))
                .filter(w -> query.isEmpty() || Stream.of(w.title(), w.className(), w.place(), w.joinCode())
                        .anyMatch(s -> s != null && Texts.fold(s).contains(query)))
                .filter(w -> start == null || (w.heldOn() != null && !w.heldOn().isBefore(start)))
                .filter(w -> end == null || (w.heldOn() != null && !w.heldOn().isAfter(end)))
                .toList());
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(WorkshopDetailView.class, new RouteParameters("id", Long.toString(id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.list.title") + " · Tọa Đàm";
    }
}
