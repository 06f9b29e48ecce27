package vn.toadam.procedure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Map;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.procedure.NoteKind;
import vn.toadam.procedure.PracticeSnapshot;
import vn.toadam.procedure.StepView;

/** One step in a practice: planned and spent time, state, how many cards and notes point at it, its notes. */
class StepRow extends Div {

    static final int NOTE_MAX = 500;

    private final StepView step;
    private final Span time = new Span();
    private final Span state = new Span();
    private final Span counts = new Span();
    private final UnorderedList strengths = new UnorderedList();
    private final UnorderedList limitations = new UnorderedList();
    private final Details details;

    /** Adds a note: (kind, text); throws a user-facing refusal to show next to the field. */
    interface NoteAdder {
        void add(NoteKind kind, String text);
    }

    StepRow(StepView step, NoteAdder noteAdder) {
        this.step = step;
        addClassName("step-row");
        setId("step-" + step.position());
        Span title = new Span(step.position() + ". " + step.title(getLocale()));
        title.addClassName("step-title");
        if (step.optional()) {
            title.add(new Span(" (" + getTranslation("practice.step.optional") + ")"));
        }
        time.addClassName("step-time");
        state.addClassName("step-state");
        counts.addClassName("step-counts");
        Div summary = new Div(title, state, time, counts);
        summary.addClassName("step-summary");

        Select<NoteKind> kind = new Select<>();
        kind.setItems(NoteKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("practice.note." + k));
        kind.setValue(NoteKind.STRENGTH);
        kind.addClassName("note-kind");
        TextField text = new TextField();
        text.setMaxLength(NOTE_MAX);
        text.setPlaceholder(getTranslation("practice.note.placeholder"));
        text.addClassName("note-text");
        FieldErrors errors = new FieldErrors(Map.of("note", text, "kind", kind));
        Button add = new Button(getTranslation("practice.note.add"), e -> {
            if (errors.attempt(() -> noteAdder.add(kind.getValue(), text.getValue()))) {
                text.clear();
            }
        });
        add.addClassName("note-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div form = new Div(kind, text, add);
        form.addClassName("note-form");
        strengths.addClassName("notes-strength");
        limitations.addClassName("notes-limitation");
        Div notes = new Div(labelled("practice.note.STRENGTH", strengths), labelled("practice.note.LIMITATION", limitations), form);
        details = new Details(summary, notes);
        details.setWidthFull();
        add(details);
    }

    private Div labelled(String key, UnorderedList list) {
        Span label = new Span(getTranslation(key));
        label.addClassName("notes-label");
        return new Div(label, list);
    }

    void update(PracticeSnapshot practice, Instant now, long cardCount) {
        int position = step.position();
        var progress = practice.progress(position);
        boolean current = practice.currentPosition() != null && practice.currentPosition() == position;
        long spent = practice.elapsedOn(position, now);
        time.setText(ElapsedClock.format(spent) + " / " + step.plannedMinutes() + ":00");
        String stateKey = current ? "practice.step.current"
                : progress.map(p -> p.skipped() ? "practice.step.skipped" : p.visited() ? "practice.step.done" : null)
                        .orElse(null);
        state.setText(stateKey == null ? "" : getTranslation(stateKey));
        getElement().setAttribute("data-state", stateKey == null ? "todo" : stateKey.substring("practice.step.".length()));
        setClassName("current", current);
        showCounts(practice, cardCount);
        fill(strengths, practice, NoteKind.STRENGTH);
        fill(limitations, practice, NoteKind.LIMITATION);
    }

    /** The step's "n cards · m notes" line alone (a card's event changes nothing else of the step). */
    void showCounts(PracticeSnapshot practice, long cardCount) {
        counts.setText(getTranslation("practice.step.counts", cardCount, practice.notesOn(step.position()).size()));
    }

    private void fill(UnorderedList list, PracticeSnapshot practice, NoteKind kind) {
        list.removeAll();
        practice.notesOn(step.position()).stream().filter(n -> n.kind() == kind)
                .forEach(n -> list.add(new ListItem(n.text() + " — " + n.authorName())));
    }
}
