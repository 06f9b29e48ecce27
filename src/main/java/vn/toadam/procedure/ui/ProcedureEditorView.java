package vn.toadam.procedure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.base.ui.Notifications;
import vn.toadam.procedure.ProcedureKind;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.procedure.ProcedureStep;
import vn.toadam.procedure.ProcedureTemplate;
import vn.toadam.procedure.Rubric;
import vn.toadam.procedure.StepSection;
import vn.toadam.procedure.StepView;
import vn.toadam.procedure.TemplateView;
import vn.toadam.security.Role;

/** Edits a copied procedure: name, legal basis, steps (add, remove, reorder, rename, minutes) and rubric. */
@Route(value = "trainer/procedures/:id", layout = MainLayout.class)
@RolesAllowed(Role.TRAINER_NAME)
class ProcedureEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProcedureService procedures;
    private TemplateView template;
    private final TextField name = new TextField();
    private final Select<ProcedureKind> kind = new Select<>();
    private final TextField legalBasis = new TextField();
    private final IntegerField minMinutes = new IntegerField();
    private final Div stepList = new Div();
    private final List<StepEditor> steps = new ArrayList<>();
    private final Div criteriaList = new Div();
    private final List<CriterionEditor> criteria = new ArrayList<>();
    private final List<BandEditor> bands = new ArrayList<>();

    /** One editable step row. */
    private final class StepEditor extends Div {
        final Long id;
        final Select<StepSection> section = new Select<>();
        final TextField title = new TextField();
        final TextField titleEn = new TextField();
        final IntegerField minutes = new IntegerField();
        final Checkbox optional = new Checkbox(getTranslation("practice.step.optional"));

        StepEditor(StepView s) {
            this.id = s.id();
            addClassName("step-editor");
            section.setItems(StepSection.values());
            section.setItemLabelGenerator(v -> getTranslation("practice.section." + v));
            section.setValue(s.section());
            title.setValue(s.title() == null ? "" : s.title());
            title.setMaxLength(ProcedureStep.TITLE_MAX);
            title.setPlaceholder(getTranslation("procedure.step.title"));
            title.addClassName("step-title-field");
            titleEn.setValue(s.titleEn() == null ? "" : s.titleEn());
            titleEn.setMaxLength(ProcedureStep.TITLE_MAX);
            titleEn.setPlaceholder(getTranslation("procedure.step.title-en"));
            minutes.setValue(s.plannedMinutes());
            minutes.setMin(0);
            minutes.setMax(ProcedureStep.MINUTES_MAX);
            minutes.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("procedure.minutes")));
            minutes.addClassName("step-minutes");
            optional.setValue(s.optional());
            Button up = icon(VaadinIcon.ARROW_UP, "procedure.step.up", () -> move(this, -1));
            Button down = icon(VaadinIcon.ARROW_DOWN, "procedure.step.down", () -> move(this, +1));
            Button remove = icon(VaadinIcon.TRASH, "procedure.step.remove", () -> {
                steps.remove(this);
                renderSteps();
            });
            remove.addClassName("step-remove");
            add(section, title, titleEn, minutes, optional, up, down, remove);
        }

        StepView value(int position) {
            Integer m = minutes.getValue();
            return new StepView(id, position, section.getValue(), title.getValue(), titleEn.getValue(), null, null,
                    m == null ? -1 : m, optional.getValue());
        }
    }

    private final class CriterionEditor extends Div {
        final TextField label = new TextField();
        final TextField labelEn = new TextField();
        final IntegerField max = new IntegerField();

        CriterionEditor(Rubric.Criterion c) {
            addClassName("criterion-editor");
            label.setValue(c.name());
            labelEn.setValue(c.nameEn() == null ? "" : c.nameEn());
            labelEn.setPlaceholder("English");
            max.setValue(c.maxPoints());
            max.setMin(1);
            add(label, labelEn, max, icon(VaadinIcon.TRASH, "procedure.step.remove", () -> {
                criteria.remove(this);
                criteriaList.remove(this);
            }));
        }

        Rubric.Criterion value(int position) {
            Integer m = max.getValue();
            return new Rubric.Criterion(null, position, label.getValue(), labelEn.getValue(), m == null ? -1 : m);
        }
    }

    private final class BandEditor extends Div {
        final TextField label = new TextField();
        final IntegerField min = new IntegerField();
        final String nameEn;

        BandEditor(Rubric.Band b) {
            addClassName("band-editor");
            label.setValue(b.name());
            nameEn = b.nameEn();
            min.setValue(b.minPoints());
            min.setMin(0);
            min.setPrefixComponent(new com.vaadin.flow.component.html.Span("≥"));
            add(label, min);
        }

        Rubric.Band value() {
            Integer m = min.getValue();
            return new Rubric.Band(label.getValue(), nameEn, m == null ? -1 : m);
        }
    }

    ProcedureEditorView(ProcedureService procedures) {
        this.procedures = procedures;
        addClassName("procedure-editor");
    }

    private Button icon(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return button;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            template = procedures.template(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | vn.toadam.base.NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        name.setLabel(getTranslation("procedure.name"));
        name.setMaxLength(ProcedureTemplate.NAME_MAX);
        name.setValue(template.name());
        name.setId("procedure-name");
        kind.setLabel(getTranslation("procedure.kind"));
        kind.setItems(ProcedureKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("procedure.kind." + k));
        kind.setValue(template.kind());
        legalBasis.setLabel(getTranslation("procedure.legal-basis"));
        legalBasis.setMaxLength(ProcedureTemplate.LEGAL_BASIS_MAX);
        legalBasis.setValue(template.legalBasis() == null ? "" : template.legalBasis());
        legalBasis.setId("procedure-legal-basis");
        minMinutes.setLabel(getTranslation("procedure.min-minutes"));
        minMinutes.setValue(template.minMinutes());
        FormLayout header = new FormLayout(name, kind, legalBasis, minMinutes);
        template.steps().forEach(s -> steps.add(new StepEditor(s)));
        stepList.addClassName("step-editors");
        renderSteps();
        Button addStep = new Button(getTranslation("procedure.step.add"), VaadinIcon.PLUS.create(), e -> {
            steps.add(new StepEditor(new StepView(null, steps.size() + 1, StepSection.MAIN, "", "", null, null, 5, false)));
            renderSteps();
        });
        addStep.setId("procedure-add-step");
        template.rubric().criteria().forEach(c -> criteria.add(new CriterionEditor(c)));
        criteria.forEach(criteriaList::add);
        template.rubric().bands().forEach(b -> bands.add(new BandEditor(b)));
        Div bandList = new Div();
        bands.forEach(bandList::add);
        Map<String, com.vaadin.flow.component.HasValidation> fields = new HashMap<>(Map.of("name", name,
                "legalBasis", legalBasis, "minMinutes", minMinutes));
        Button save = new Button(getTranslation("action.save"), e -> save(fields));
        save.setId("procedure-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(!template.builtin());
        add(new H2(template.name()), header, new H3(getTranslation("procedure.steps")), stepList, addStep,
                new H3(getTranslation("practice.rubric")), criteriaList, bandList, save);
    }

    private void save(Map<String, com.vaadin.flow.component.HasValidation> fields) {
        Map<String, com.vaadin.flow.component.HasValidation> all = new HashMap<>(fields);
        for (int i = 0; i < steps.size(); i++) {
            all.put("step." + (i + 1), steps.get(i).title);
        }
        for (int i = 0; i < criteria.size(); i++) {
            all.put("criterion." + (i + 1), criteria.get(i).label);
        }
        FieldErrors errors = new FieldErrors(all);
        errors.attempt(() -> {
            List<StepView> stepValues = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                stepValues.add(steps.get(i).value(i + 1));
            }
            List<Rubric.Criterion> criterionValues = new ArrayList<>();
            for (int i = 0; i < criteria.size(); i++) {
                criterionValues.add(criteria.get(i).value(i + 1));
            }
            Integer min = minMinutes.getValue();
            template = procedures.update(new TemplateView(template.id(), name.getValue(), kind.getValue(),
                    legalBasis.getValue(), min == null ? -1 : min, false, stepValues,
                    new Rubric(criterionValues, bands.stream().map(BandEditor::value).toList())));
            Notifications.success(getTranslation("procedure.saved"));
        });
    }

    private void move(StepEditor step, int direction) {
        int from = steps.indexOf(step);
        int to = from + direction;
        if (to >= 0 && to < steps.size()) {
            steps.remove(from);
            steps.add(to, step);
            renderSteps();
        }
    }

    private void renderSteps() {
        stepList.removeAll();
        for (int i = 0; i < steps.size(); i++) {
            StepEditor editor = steps.get(i);
            editor.getElement().setAttribute("data-position", Integer.toString(i + 1));
            stepList.add(editor);
        }
    }

    @Override
    public String getPageTitle() {
        return (template == null ? "" : template.name() + " · ") + "Tọa Đàm";
    }
}
