package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.synthesis.RecommendationService;
import vn.toadam.synthesis.RecommendationView;

/** The moderator's list of recommendations: made from chosen cards or a theme, edited, ordered. */
class RecommendationsPanel extends Div {

    private final long workshopId;
    private final RecommendationService service;
    private final Supplier<Set<Long>> selected;
    private final Runnable clearSelection;
    private final Div list = new Div();
    private final TextField newTitle = new TextField();
    private final Button create = new Button();
    private final Map<Long, RecommendationEditor> editors = new HashMap<>();
    private final java.util.function.BiConsumer<RecommendationView,
            Map<String, com.vaadin.flow.component.HasValue<?, ?>>> sharing;

    RecommendationsPanel(long workshopId, RecommendationService service, Supplier<Set<Long>> selected,
                         Runnable clearSelection,
                         java.util.function.BiConsumer<RecommendationView,
                                 Map<String, com.vaadin.flow.component.HasValue<?, ?>>> sharing) {
        this.sharing = sharing;
        this.workshopId = workshopId;
        this.service = service;
        this.selected = selected;
        this.clearSelection = clearSelection;
        addClassName("recommendations-panel");
        newTitle.setPlaceholder(getTranslation("recommendation.create.title"));
        newTitle.setAriaLabel(getTranslation("recommendation.create.title"));
        newTitle.setMaxLength(RecommendationView.TITLE_MAX);
        newTitle.setWidth("28rem");
        newTitle.setId("recommendation-new-title");
        FieldErrors errors = new FieldErrors(Map.of("title", newTitle, "cards", newTitle));
        create.setId("recommendation-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> errors.attempt(() -> {
            service.create(workshopId, newTitle.getValue(), null, new ArrayList<>(selected.get()));
            newTitle.clear();
            clearSelection.run();
        }));
        Button byVotes = new Button(getTranslation("recommendation.order-by-votes"),
                e -> service.orderByVotes(workshopId));
        byVotes.setId("recommendation-order-votes");
        HorizontalLayout createRow = new HorizontalLayout(newTitle, create, byVotes);
        createRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        createRow.setWrap(true);
        list.setId("recommendations");
        add(new H3(getTranslation("recommendation.title")), createRow, list);
        selectionChanged();
        reload();
    }

    /** Makes a recommendation straight from a suggested theme. */
    void createFromTheme(String title, List<Long> cardIds) {
        service.create(workshopId, title, null, cardIds);
    }

    void selectionChanged() {
        int n = selected.get().size();
        create.setText(getTranslation("recommendation.create", n));
        create.setEnabled(n > 0);
    }

    /** Shows the stored list; an editor with unsaved typing stays as it is, so nothing typed is lost. */
    void reload() {
        List<RecommendationView> all = service.list(workshopId);
        list.removeAll();
        Map<Long, RecommendationEditor> kept = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            RecommendationView r = all.get(i);
            RecommendationEditor old = editors.get(r.id());
            RecommendationEditor editor = old != null && old.dirty() ? old
                    : new RecommendationEditor(r, service, i + 1, all, fields -> sharing.accept(r, fields));
            kept.put(r.id(), editor);
            list.add(editor);
        }
        editors.clear();
        editors.putAll(kept);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("recommendation.none")));
        }
    }
}
