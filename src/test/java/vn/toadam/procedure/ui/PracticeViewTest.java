package vn.toadam.procedure.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.toadam.procedure.PracticeService;
import vn.toadam.procedure.PracticeSnapshot;
import vn.toadam.procedure.ProcedureKind;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.procedure.Rubric;
import vn.toadam.procedure.TemplateView;
import vn.toadam.support.DatabaseStatements;
import vn.toadam.support.Fixtures;
import vn.toadam.support.KaribuTest;
import vn.toadam.workshop.ui.ParticipantSessions;

class PracticeViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ParticipantSessions sessions;
    @Autowired
    PracticeService practices;
    @Autowired
    ProcedureService procedures;
    @Autowired
    vn.toadam.board.CardService cards;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Fixtures.Classroom room;
    TemplateView regular;
    PracticeSnapshot practice;

    @BeforeEach
    void openAsAn() {
        room = fixtures.classroom();
        practice = practices.practices(room.an().id()).stream()
                .filter(p -> procedures.template(p.templateId()).kind() == ProcedureKind.REGULAR).findFirst().orElseThrow();
        regular = procedures.template(practice.templateId());
        sessions.remember(room.an());
        UI.getCurrent().navigate("practice/" + room.workshop().joinCode());
    }

    private String currentStep() {
        return _get(H3.class, spec -> spec.withClasses("current-step")).getText();
    }

    @Test
    void theChairStartsAndMovesThroughStepsAndOtherMovesArriveLive() {
        assertThat(currentStep()).isEqualTo(vi("practice.not-started"));
        _click(_get(Button.class, spec -> spec.withClasses("practice-start")));
        assertThat(currentStep()).isEqualTo("1. " + regular.step(1).title());
        _click(_get(Button.class, spec -> spec.withClasses("practice-next")));
        assertThat(currentStep()).isEqualTo("2. " + regular.step(2).title());
        assertThat(_get(Span.class, spec -> spec.withClasses("practice-status")).getText())
                .isEqualTo(vi("practice.status.RUNNING"));

        practices.next(room.binh().id(), practice.id());
        MockVaadin.clientRoundtrip();
        assertThat(currentStep()).isEqualTo("3. " + regular.step(3).title());
        assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("step-2"))
                .getElement().getAttribute("data-state")).isEqualTo("done");
        assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("step-3"))
                .getElement().getAttribute("data-state")).isEqualTo("current");
    }

    @Test
    void notesAreAddedToAStepAndEmptyOnesAreRefused() {
        var row = _get(StepRow.class, spec -> spec.withId("step-13"));
        TextField text = _get(row, TextField.class, spec -> spec.withClasses("note-text"));
        _click(_get(row, Button.class, spec -> spec.withClasses("note-add")));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo(vi("error.required"));
        _setValue(text, "Chủ trì gợi mở tốt");
        _click(_get(row, Button.class, spec -> spec.withClasses("note-add")));
        assertThat(_find(row, ListItem.class).stream().map(ListItem::getText)).containsExactly("Chủ trì gợi mở tốt — Nguyễn Văn An");
        assertThat(text.getValue()).isEmpty();

        practices.addNote(room.binh().id(), practice.id(), 13, vn.toadam.procedure.NoteKind.LIMITATION, "Còn ít ý kiến");
        MockVaadin.clientRoundtrip();
        assertThat(_find(row, ListItem.class).stream().map(ListItem::getText)).contains("Còn ít ý kiến — Trần Thị Bình");
        assertThat(_get(row, Span.class, spec -> spec.withClasses("step-counts")).getText())
                .isEqualTo(vi("practice.step.counts", 0, 2));
    }

    @Test
    void aCardTiedToAStepCountsOnItWithoutReadingTheGroupsCardsAgain() {
        var row = _get(StepRow.class, spec -> spec.withId("step-5"));
        Span counts = _get(row, Span.class, spec -> spec.withClasses("step-counts"));
        try (DatabaseStatements statements = DatabaseStatements.count(jdbc)) {
            vn.toadam.board.CardSnapshot card = cards.post(room.binh().id(), vn.toadam.board.CardType.EXPERIENCE,
                    "Chuẩn bị kỹ nội dung trước khi họp", null, regular.step(5).id(), "practice-count-" + System.nanoTime());
            long before = statements.run();
            MockVaadin.clientRoundtrip();
            assertThat(statements.run() - before).as("statements the practice page ran for a card event").isZero();
            assertThat(counts.getText()).isEqualTo(vi("practice.step.counts", 1, 0));

            cards.delete(room.binh().id(), card.id());
            MockVaadin.clientRoundtrip();
            assertThat(counts.getText()).isEqualTo(vi("practice.step.counts", 0, 0));
        }
    }

    @Test
    void rubricPointsAboveTheMaximumAreRefusedNextToTheFieldAndTheTotalIsRated() {
        Rubric.Criterion conduct = regular.rubric().criteria().get(3);
        var fields = _find(TextField.class, spec -> spec.withClasses("rubric-points"));
        TextField conductField = fields.stream()
                .filter(f -> f.getElement().getAttribute("data-criterion").equals(conduct.id().toString())).findFirst().orElseThrow();
        _setValue(conductField, "45");
        _click(_get(Button.class, spec -> spec.withClasses("rubric-save")));
        assertThat(conductField.isInvalid()).isTrue();
        assertThat(conductField.getErrorMessage()).isEqualTo(vi("error.range", 0, 30));
        assertThat(conductField.getValue()).isEqualTo("45");

        for (TextField f : fields) {
            String id = f.getElement().getAttribute("data-criterion");
            int max = regular.rubric().criteria().stream().filter(c -> c.id().toString().equals(id)).findFirst().orElseThrow().maxPoints();
            _setValue(f, Integer.toString(f == conductField ? 15 : max));
        }
        _click(_get(Button.class, spec -> spec.withClasses("rubric-save")));
        assertThat(_get(Span.class, spec -> spec.withClasses("rubric-total")).getText())
                .isEqualTo(vi("practice.rubric.total", 85, 100, "Khá"));
    }
}
