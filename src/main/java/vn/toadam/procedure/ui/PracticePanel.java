package vn.toadam.procedure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.base.ui.Notifications;
import vn.toadam.base.UserFacingException;
import vn.toadam.procedure.PracticeService;
import vn.toadam.procedure.PracticeSnapshot;
import vn.toadam.procedure.PracticeStatus;
import vn.toadam.procedure.Roles;
import vn.toadam.procedure.Rubric;
import vn.toadam.procedure.StepSection;
import vn.toadam.procedure.StepView;
import vn.toadam.procedure.TemplateView;
import vn.toadam.workshop.ParticipantInfo;

/** A group's practice of one procedure: roles, the live step tracker, the steps with notes, the rubric. */
class PracticePanel extends Div {

    private final TemplateView template;
    private final ParticipantInfo me;
    private final PracticeService practices;
    private final Clock clock;
    private final Supplier<Map<Long, Long>> cardCounts;
    private PracticeSnapshot practice;

    private final Span status = new Span();
    private final H3 currentTitle = new H3();
    private final ElapsedClock stepClock = new ElapsedClock();
    private final ElapsedClock totalClock = new ElapsedClock();
    private final Button start = new Button();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button skip = new Button();
    private final Button end = new Button();
    private final Map<Integer, StepRow> rows = new LinkedHashMap<>();

    private final ComboBox<String> chair = new ComboBox<>();
    private final ComboBox<String> leader = new ComboBox<>();
    private final ComboBox<String> secretary = new ComboBox<>();
    private final TextArea members = new TextArea();
    private final Map<Long, TextField> points = new HashMap<>();
    private final Span total = new Span();
    private final Map<Long, String> groupNames = new HashMap<>();

    PracticePanel(TemplateView template, PracticeSnapshot practice, ParticipantInfo me, List<ParticipantInfo> group,
                  PracticeService practices, Clock clock, Supplier<Map<Long, Long>> cardCounts) {
        this.template = template;
        this.me = me;
        this.practices = practices;
        this.clock = clock;
        this.cardCounts = cardCounts;
        this.practice = practice;
        addClassName("practice-panel");
        getElement().setAttribute("data-template", Long.toString(template.id()));
        Div main = new Div(tracker(), steps());
        main.addClassName("practice-main");
        Div side = new Div(roles(group), rubric());
        side.addClassName("practice-side");
        add(main, side);
        fillRoles(practice);
        fillPoints(practice);
        show(practice);
    }

    long practiceId() {
        return practice.id();
    }

    private Div tracker() {
        status.addClassName("practice-status");
        status.getElement().getThemeList().add("badge");
        currentTitle.addClassName("current-step");
        stepClock.addClassName("step-clock");
        totalClock.addClassName("total-clock");
        button(start, "practice.start", () -> practices.start(me.id(), practice.id()), ButtonVariant.LUMO_PRIMARY);
        button(back, "practice.back", () -> practices.back(me.id(), practice.id()));
        button(next, "practice.next", () -> practices.next(me.id(), practice.id()), ButtonVariant.LUMO_PRIMARY);
        button(skip, "practice.skip", () -> practices.skip(me.id(), practice.id()));
        button(end, "practice.end", () -> practices.end(me.id(), practice.id()), ButtonVariant.LUMO_ERROR);
        Div clocks = new Div(labelled("practice.clock.step", stepClock), labelled("practice.clock.total", totalClock));
        clocks.addClassName("clocks");
        Div buttons = new Div(start, back, next, skip, end);
        buttons.addClassName("tracker-buttons");
        Div box = new Div(status, currentTitle, clocks, buttons);
        box.addClassName("tracker");
        return box;
    }

    private Div labelled(String key, ElapsedClock clockSpan) {
        Span label = new Span(getTranslation(key));
        label.addClassName("clock-label");
        Div div = new Div(label, clockSpan);
        div.addClassName("clock");
        return div;
    }

    private void button(Button button, String key, Supplier<PracticeSnapshot> action, ButtonVariant... variants) {
        button.setText(getTranslation(key));
        button.addClassName(key.replace('.', '-'));
        button.addThemeVariants(variants);
        button.addClickListener(e -> {
            try {
                show(action.get());
            } catch (UserFacingException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
    }

    private Div roles(List<ParticipantInfo> group) {
        List<String> names = group.stream().map(ParticipantInfo::displayName).toList();
        group.forEach(p -> groupNames.put(p.id(), p.displayName()));
        for (ComboBox<String> box : List.of(chair, leader, secretary)) {
            box.setItems(names);
            box.setAllowCustomValue(true);
            box.addCustomValueSetListener(e -> box.setValue(e.getDetail()));
            box.setClearButtonVisible(true);
        }
        chair.setLabel(getTranslation("practice.role.chair"));
        chair.addClassName("role-chair");
        leader.setLabel(getTranslation("practice.role.leader"));
        leader.addClassName("role-leader");
        secretary.setLabel(getTranslation("practice.role.secretary"));
        secretary.addClassName("role-secretary");
        members.setLabel(getTranslation("practice.role.members"));
        members.setMaxLength(1000);
        members.addClassName("role-members");
        FieldErrors errors = new FieldErrors(Map.of("chair", chair, "secretary", secretary, "members", members));
        Button save = new Button(getTranslation("action.save"), e -> errors.attempt(() -> {
            show(practices.setRoles(me.id(), practice.id(), new Roles(chair.getValue(), idOf(group, chair.getValue()),
                    secretary.getValue(), idOf(group, leader.getValue()), members.getValue())));
            Notifications.success(getTranslation("practice.roles.saved"));
        }));
        save.addClassName("roles-save");
        FormLayout form = new FormLayout(chair, leader, secretary, members);
        Div box = new Div(new H4(getTranslation("practice.roles")), form, save);
        box.addClassName("roles");
        return box;
    }

    private static Long idOf(List<ParticipantInfo> group, String name) {
        return name == null ? null : group.stream().filter(p -> p.displayName().equals(name.strip()))
                .map(ParticipantInfo::id).findFirst().orElse(null);
    }

    private Div steps() {
        Div list = new Div();
        list.addClassName("step-list");
        StepSection section = null;
        for (StepView step : template.steps()) {
            if (step.section() != section) {
                section = step.section();
                list.add(new H4(getTranslation("practice.section." + section)));
            }
            StepRow row = new StepRow(step, (kind, text) ->
                    show(practices.addNote(me.id(), practice.id(), step.position(), kind, text)));
            rows.put(step.position(), row);
            list.add(row);
        }
        return list;
    }

    private Div rubric() {
        FormLayout form = new FormLayout();
        Map<String, TextField> fields = new HashMap<>();
        for (Rubric.Criterion criterion : template.rubric().criteria()) {
            TextField field = new TextField(criterion.name(getLocale()) + " (" + getTranslation("practice.rubric.max",
                    criterion.maxPoints()) + ")");
            field.addClassName("rubric-points");
            field.getElement().setAttribute("data-criterion", Long.toString(criterion.id()));
            field.setMaxLength(4);
            points.put(criterion.id(), field);
            fields.put("criterion." + criterion.id(), field);
            form.add(field);
        }
        FieldErrors errors = new FieldErrors(fields);
        Button save = new Button(getTranslation("practice.rubric.save"), e -> errors.attempt(() -> {
            Map<Long, String> typed = new HashMap<>();
            points.forEach((id, field) -> typed.put(id, field.getValue()));
            show(practices.score(me.id(), practice.id(), typed));
        }));
        save.addClassName("rubric-save");
        total.addClassName("rubric-total");
        Div box = new Div(new H4(getTranslation("practice.rubric")), form, save, total);
        box.addClassName("rubric");
        return box;
    }

    /** Shows a (newer) state of the practice, keeping whatever the user is typing. */
    void show(PracticeSnapshot snapshot) {
        if (snapshot.version() < practice.version()) {
            return;
        }
        boolean rolesChanged = !Objects.equals(snapshot.chairName(), practice.chairName())
                || !Objects.equals(snapshot.secretaryName(), practice.secretaryName())
                || !Objects.equals(snapshot.members(), practice.members())
                || !Objects.equals(snapshot.leaderId(), practice.leaderId());
        boolean scoresChanged = !snapshot.scores().equals(practice.scores());
        this.practice = snapshot;
        var now = clock.instant();
        status.setText(getTranslation("practice.status." + snapshot.status()));
        boolean running = snapshot.status() == PracticeStatus.RUNNING;
        if (running) {
            StepView current = template.step(snapshot.currentPosition());
            currentTitle.setText(current.position() + ". " + current.title(getLocale()));
            stepClock.show(snapshot.elapsedOn(current.position(), now), true,
                    " / " + current.plannedMinutes() + ":00", current.plannedMinutes() * 60L);
        } else {
            currentTitle.setText(getTranslation(snapshot.status() == PracticeStatus.ENDED ? "practice.ended" : "practice.not-started"));
            stepClock.show(0, false, "", 0);
        }
        totalClock.show(snapshot.totalSeconds(now), running, " / " + template.minMinutes() + ":00",
                0);
        totalClock.setClassName("below-minimum", snapshot.status() == PracticeStatus.ENDED
                && snapshot.totalSeconds(now) < template.minMinutes() * 60L);
        boolean mayRun = PracticeService.mayRunTracker(snapshot, me.id());
        start.setVisible(mayRun && snapshot.status() == PracticeStatus.NOT_STARTED);
        for (Button b : List.of(back, next, skip, end)) {
            b.setVisible(mayRun && running);
        }
        if (running) {
            back.setEnabled(snapshot.currentPosition() > 1);
            boolean last = snapshot.currentPosition() == template.steps().size();
            next.setEnabled(!last);
            skip.setEnabled(!last);
        }
        Map<Long, Long> counts = cardCounts.get();
        for (StepView step : template.steps()) {
            rows.get(step.position()).update(snapshot, now, counts.getOrDefault(step.id(), 0L));
        }
        if (rolesChanged) {
            fillRoles(snapshot);
        }
        if (scoresChanged) {
            fillPoints(snapshot);
        }
        int sum = template.rubric().total(snapshot.scores());
        total.setText(getTranslation("practice.rubric.total", sum, template.rubric().maxTotal(),
                template.rubric().band(sum).map(b -> b.name(getLocale())).orElse("—")));
        total.getElement().setAttribute("data-total", Integer.toString(sum));
    }

    private void fillRoles(PracticeSnapshot snapshot) {
        chair.setValue(snapshot.chairName());
        secretary.setValue(snapshot.secretaryName());
        leader.setValue(snapshot.leaderId() == null ? null : groupNames.get(snapshot.leaderId()));
        members.setValue(snapshot.members() == null ? "" : snapshot.members());
    }

    private void fillPoints(PracticeSnapshot snapshot) {
        points.forEach((id, field) -> {
            Integer p = snapshot.scores().get(id);
            field.setValue(p == null ? "" : p.toString());
            field.setInvalid(false);
        });
    }

    /** Shows new card counts per step, touching only each step's count line. */
    void refreshCounts() {
        Map<Long, Long> counts = cardCounts.get();
        for (StepView step : template.steps()) {
            rows.get(step.position()).showCounts(practice, counts.getOrDefault(step.id(), 0L));
        }
    }
}
