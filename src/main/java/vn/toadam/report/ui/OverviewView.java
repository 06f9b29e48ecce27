package vn.toadam.report.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.board.CardType;
import vn.toadam.report.ThemeOverview;
import vn.toadam.security.Role;
import vn.toadam.language.ThemeClusterer;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopStatus;
import vn.toadam.workshop.WorkshopSummary;

/** A trainer's view across classes: the most frequent difficulty (or solution) themes, with bars per theme. */
@Route(value = "trainer/overview", layout = MainLayout.class)
@RolesAllowed(Role.TRAINER_NAME)
class OverviewView extends VerticalLayout implements HasDynamicTitle {

    private final ThemeOverview overview;
    private final MultiSelectComboBox<WorkshopSummary> chosen = new MultiSelectComboBox<>();
    private final RadioButtonGroup<CardType> type = new RadioButtonGroup<>();
    private final Grid<ThemeOverview.Theme> grid = new Grid<>();

    OverviewView(ThemeOverview overview, WorkshopService workshops) {
        this.overview = overview;
        List<WorkshopSummary> all = workshops.list();
        chosen.setLabel(getTranslation("overview.workshops"));
        chosen.setItems(all);
        chosen.setItemLabelGenerator(WorkshopSummary::title);
        chosen.setValue(new HashSet<>(all.stream().filter(w -> w.status() != WorkshopStatus.ARCHIVED).toList()));
        chosen.setWidth("40rem");
        chosen.setId("overview-workshops");
        type.setLabel(getTranslation("overview.kind"));
        type.setItems(CardType.DIFFICULTY, CardType.SOLUTION);
        type.setItemLabelGenerator(t -> getTranslation("card.type." + t));
        type.setValue(CardType.DIFFICULTY);
        type.setId("overview-kind");
        chosen.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        grid.setId("overview-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("overview.empty"));
        HorizontalLayout filters = new HorizontalLayout(chosen, type);
        filters.setWrap(true);
        add(new H2(getTranslation("overview.title")), new Paragraph(getTranslation("overview.intro")), filters, grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        ThemeOverview.Overview result = overview.overview(chosen.getValue().stream().map(WorkshopSummary::id)
                .sorted().toList(), type.getValue(), ThemeClusterer.DEFAULT_THRESHOLD);
        int max = result.themes().stream().mapToInt(ThemeOverview.Theme::total).max().orElse(1);
        grid.removeAllColumns();
        grid.addComponentColumn(t -> themeCell(t)).setHeader(getTranslation("overview.theme")).setFlexGrow(4);
        grid.addComponentColumn(t -> bar(t.total(), max)).setHeader(getTranslation("overview.total")).setFlexGrow(2);
        for (WorkshopSummary w : result.workshops()) {
            grid.addColumn(t -> t.perWorkshop().getOrDefault(w.id(), 0)).setHeader(w.title()).setFlexGrow(1);
        }
        grid.setItems(result.themes());
    }

    private Div themeCell(ThemeOverview.Theme theme) {
        Div cell = new Div(new Span(theme.label()));
        cell.addClassName("theme-cell");
        if (!theme.examples().isEmpty()) {
            Span examples = new Span(String.join(" · ", theme.examples()));
            examples.addClassName("theme-examples");
            cell.add(examples);
        }
        return cell;
    }

    private static Div bar(int value, int max) {
        Div fill = new Div();
        fill.addClassName("bar-fill");
        fill.getStyle().set("width", Math.max(4, 100 * value / max) + "%");
        Span number = new Span(String.valueOf(value));
        number.addClassName("bar-value");
        Div bar = new Div(fill, number);
        bar.addClassName("bar");
        bar.getElement().setAttribute("data-value", String.valueOf(value));
        return bar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " · Tọa Đàm";
    }
}
