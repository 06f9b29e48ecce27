package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.base.ui.Notifications;
import vn.toadam.synthesis.RecommendationService;
import vn.toadam.synthesis.RecommendationView;

/** One recommendation, editable; keeps what was typed when a save is refused (e.g. someone saved meanwhile). */
class RecommendationEditor extends Div {

    private RecommendationView recommendation;
    private boolean dirty;

    RecommendationEditor(RecommendationView r, RecommendationService service, int number,
                         java.util.List<RecommendationView> all,
                         java.util.function.Consumer<Map<String, com.vaadin.flow.component.HasValue<?, ?>>> share) {
        int count = all.size();
        this.recommendation = r;
        addClassName("recommendation");
        getElement().setAttribute("data-id", String.valueOf(r.id()));
        TextField title = new TextField(getTranslation("recommendation.field.title"));
        title.setValue(r.title());
        title.setMaxLength(RecommendationView.TITLE_MAX);
        title.setWidthFull();
        title.addClassName("recommendation-title");
        TextArea body = new TextArea(getTranslation("recommendation.field.body"));
        body.setValue(r.body() == null ? "" : r.body());
        body.setMaxLength(RecommendationView.BODY_MAX);
        body.addClassName("recommendation-body");
        TextField category = new TextField(getTranslation("recommendation.field.category"));
        category.setValue(r.category() == null ? "" : r.category());
        category.setMaxLength(RecommendationView.CATEGORY_MAX);
        Select<RecommendationView.Priority> priority = new Select<>();
        priority.setLabel(getTranslation("recommendation.field.priority"));
        priority.setItems(RecommendationView.Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("recommendation.priority." + p));
        priority.setValue(r.priority());
        Select<RecommendationView.Status> status = new Select<>();
        status.setLabel(getTranslation("recommendation.field.status"));
        status.setItems(RecommendationView.Status.values());
        status.setItemLabelGenerator(s -> getTranslation("recommendation.status." + s));
        status.setValue(r.status());
        status.addClassName("recommendation-status");
        TextField owner = new TextField(getTranslation("recommendation.field.owner"));
        owner.setValue(r.owner() == null ? "" : r.owner());
        owner.setMaxLength(RecommendationView.OWNER_MAX);
        DatePicker due = new DatePicker(getTranslation("recommendation.field.due"));
        due.setValue(r.dueOn());
        due.setLocale(getLocale());
        FormLayout form = new FormLayout(title, body, category, priority, status, owner, due);
        form.setColspan(title, 2);
        form.setColspan(body, 2);
        java.util.stream.Stream.of(title, body, category, owner).forEach(f ->
                f.addValueChangeListener(e -> dirty |= e.isFromClient()));
        share.accept(Map.of("title", title, "body", body, "category", category, "owner", owner));
        FieldErrors errors = new FieldErrors(Map.of("title", title, "body", body, "category", category,
                "owner", owner, "priority", priority, "status", status));

        Button save = new Button(getTranslation("action.save"), e -> errors.attempt(() -> {
            recommendation = service.update(recommendation.with(title.getValue(), body.getValue(),
                    category.getValue(), priority.getValue(), status.getValue(), owner.getValue(), due.getValue()));
            dirty = false;
            Notifications.success(getTranslation("recommendation.saved"));
        }));
        save.addClassName("recommendation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> service.move(r.workshopId(), r.id(), -1));
        up.setAriaLabel(getTranslation("recommendation.up"));
        up.setEnabled(number > 1);
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> service.move(r.workshopId(), r.id(), 1));
        down.setAriaLabel(getTranslation("recommendation.down"));
        down.setEnabled(number < count);
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> service.delete(r.workshopId(), r.id()));
        delete.setAriaLabel(getTranslation("recommendation.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        java.util.stream.Stream.of(up, down, delete).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_SMALL));
        Span heading = new Span(number + ". " + getTranslation("recommendation.votes", r.votes()));
        heading.addClassName("recommendation-number");
        HorizontalLayout bar = new HorizontalLayout(heading, up, down, delete, save);
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);

        UnorderedList sources = new UnorderedList();
        r.sources().forEach(s -> {
            Button out = new Button("×", e -> service.removeCard(r.workshopId(), r.id(), s.cardId()));
            out.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            out.setAriaLabel(getTranslation("recommendation.remove-card"));
            out.setTooltipText(getTranslation("recommendation.remove-card"));
            out.addClassName("source-remove");
            sources.add(new ListItem(new Span(s.groupName() + " · " + getTranslation("card.type." + s.type()) + ": "
                    + s.text() + (s.votes() > 0 ? " (" + getTranslation("recommendation.votes", s.votes()) + ")" : "")),
                    out));
        });
        Select<RecommendationView> mergeInto = new Select<>();
        mergeInto.setPlaceholder(getTranslation("recommendation.merge"));
        mergeInto.setAriaLabel(getTranslation("recommendation.merge"));
        mergeInto.setItems(all.stream().filter(o -> !o.id().equals(r.id())).toList());
        mergeInto.setItemLabelGenerator(RecommendationView::title);
        mergeInto.addClassName("recommendation-merge");
        mergeInto.setVisible(count > 1);
        mergeInto.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                service.merge(r.workshopId(), r.id(), e.getValue().id());
            }
        });
        bar.add(mergeInto);
        Span sourcesTitle = new Span(getTranslation("recommendation.sources"));
        sourcesTitle.addClassName("recommendation-sources-title");
        add(bar, form, sourcesTitle, sources);
    }

    boolean dirty() {
        return dirty;
    }
}
