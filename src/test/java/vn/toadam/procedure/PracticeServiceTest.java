package vn.toadam.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotAllowedException;
import vn.toadam.board.CardService;
import vn.toadam.board.CardType;
import vn.toadam.support.ClockedTest;
import vn.toadam.support.Fixtures;
import vn.toadam.support.MutableClock;

class PracticeServiceTest extends ClockedTest {

    @Autowired
    PracticeService practices;
    @Autowired
    ProcedureService procedures;
    @Autowired
    CardService cards;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    Fixtures.Classroom room;
    PracticeSnapshot regular;
    TemplateView template;

    @BeforeEach
    void setUp() {
        room = fixtures.classroom();
        regular = practices.practices(room.an().id()).stream()
                .filter(p -> procedures.template(p.templateId()).kind() == ProcedureKind.REGULAR).findFirst().orElseThrow();
        template = procedures.template(regular.templateId());
    }

    private void minutes(long m) {
        clock.advance(Duration.ofMinutes(m));
    }

    @Test
    void eachGroupHasOnePracticePerPractisedProcedure() {
        assertThat(practices.practices(room.an().id())).hasSize(2);
        assertThat(practices.practices(room.binh().id())).extracting(PracticeSnapshot::id)
                .containsExactlyInAnyOrderElementsOf(practices.practices(room.an().id()).stream().map(PracticeSnapshot::id).toList());
        assertThat(practices.practices(room.chi().id())).extracting(PracticeSnapshot::id)
                .doesNotContainAnyElementsOf(practices.practices(room.an().id()).stream().map(PracticeSnapshot::id).toList());
    }

    @Test
    void theTrackerCountsTimePerStepAcrossStartNextBackSkipAndEndAndStoresIt() {
        long id = regular.id();
        long an = room.an().id();
        PracticeSnapshot p = practices.start(an, id);
        assertThat(p.status()).isEqualTo(PracticeStatus.RUNNING);
        assertThat(p.currentPosition()).isEqualTo(1);
        minutes(4);
        assertThat(p.elapsedOn(1, clock.instant())).isEqualTo(240);
        p = practices.next(an, id);
        minutes(2);
        p = practices.back(an, id);
        assertThat(p.currentPosition()).isEqualTo(1);
        minutes(1);
        p = practices.next(an, id);
        minutes(3);
        p = practices.skip(an, id);
        assertThat(p.currentPosition()).isEqualTo(3);
        minutes(10);
        p = practices.end(an, id);

        assertThat(p.status()).isEqualTo(PracticeStatus.ENDED);
        assertThat(p.progress(1).orElseThrow().elapsedSeconds()).isEqualTo(5 * 60);
        assertThat(p.progress(2).orElseThrow().elapsedSeconds()).isEqualTo(5 * 60);
        assertThat(p.progress(2).orElseThrow().skipped()).isTrue();
        assertThat(p.progress(3).orElseThrow().elapsedSeconds()).isEqualTo(10 * 60);
        assertThat(p.totalSeconds(clock.instant())).isEqualTo(20 * 60);
        minutes(30);
        assertThat(p.totalSeconds(clock.instant())).isEqualTo(20 * 60);

        assertThat(jdbc.queryForObject("select elapsed_seconds from practice_step where practice_id = ? and position = 2",
                Long.class, id)).isEqualTo(300);
        PracticeSnapshot reread = practices.practices(room.binh().id()).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        assertThat(reread.progress(3).orElseThrow().elapsedSeconds()).isEqualTo(600);
        assertThat(reread.endedAt()).isNotNull();
    }

    @Test
    void theRunningStepsTimeIsStoredAsItsStartSoAReloadShowsTheSameClock() {
        practices.start(room.an().id(), regular.id());
        minutes(7);
        PracticeSnapshot seenByOther = practices.practices(room.binh().id()).stream()
                .filter(x -> x.id() == regular.id()).findFirst().orElseThrow();
        assertThat(seenByOther.elapsedOn(1, clock.instant())).isEqualTo(7 * 60);
        assertThat(seenByOther.totalSeconds(clock.instant())).isEqualTo(7 * 60);
    }

    @Test
    void theTrackerRefusesMovesOutsideTheProcedureAndOutOfOrder() {
        long an = room.an().id();
        assertThatThrownBy(() -> practices.next(an, regular.id())).isInstanceOf(NotAllowedException.class);
        practices.start(an, regular.id());
        assertThatThrownBy(() -> practices.start(an, regular.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> practices.back(an, regular.id()))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.messageKey()).isEqualTo("practice.first-step"));
        for (int i = 1; i < template.steps().size(); i++) {
            practices.next(an, regular.id());
        }
        assertThatThrownBy(() -> practices.next(an, regular.id()))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.messageKey()).isEqualTo("practice.last-step"));
        practices.end(an, regular.id());
        assertThatThrownBy(() -> practices.next(an, regular.id())).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void onceAChairIsChosenOnlyTheChairOrTheLeaderRunTheTrackerAndOtherGroupsNeverDo() {
        assertThatThrownBy(() -> practices.start(room.chi().id(), regular.id())).isInstanceOf(NotAllowedException.class);
        practices.setRoles(room.an().id(), regular.id(),
                new Roles("Nguyễn Văn An", room.an().id(), "Trần Thị Bình", null, "An, Bình"));
        assertThatThrownBy(() -> practices.start(room.binh().id(), regular.id()))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.messageKey()).isEqualTo("practice.not-chair"));
        assertThat(practices.start(room.an().id(), regular.id()).status()).isEqualTo(PracticeStatus.RUNNING);
        practices.setRoles(room.an().id(), regular.id(),
                new Roles("Nguyễn Văn An", room.an().id(), "Trần Thị Bình", room.binh().id(), "An, Bình"));
        assertThat(practices.next(room.binh().id(), regular.id()).currentPosition()).isEqualTo(2);
        assertThatThrownBy(() -> practices.setRoles(room.an().id(), regular.id(),
                new Roles("Lê Văn Chi", room.chi().id(), null, null, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void notesGoOnAStepAndAreValidated() {
        PracticeSnapshot p = practices.addNote(room.binh().id(), regular.id(), 13, NoteKind.LIMITATION, "  Ít người phát biểu ");
        assertThat(p.notesOn(13)).extracting(PracticeSnapshot.Note::text).containsExactly("Ít người phát biểu");
        assertThat(p.notesOn(13)).extracting(PracticeSnapshot.Note::authorName).containsExactly("Trần Thị Bình");
        assertThatThrownBy(() -> practices.addNote(room.binh().id(), regular.id(), 13, NoteKind.STRENGTH, " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> practices.addNote(room.binh().id(), regular.id(), 20, NoteKind.STRENGTH, "x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("step"));
        assertThatThrownBy(() -> practices.addNote(room.binh().id(), regular.id(), 13, NoteKind.STRENGTH, "x".repeat(501)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> practices.addNote(room.chi().id(), regular.id(), 13, NoteKind.STRENGTH, "x"))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void rubricPointsAreValidatedAndTotalledIntoARating() {
        Rubric rubric = template.rubric();
        Map<Long, String> typed = new HashMap<>();
        rubric.criteria().forEach(c -> typed.put(c.id(), Integer.toString(c.maxPoints())));
        Rubric.Criterion conduct = rubric.criteria().get(3);
        typed.put(conduct.id(), "20");
        PracticeSnapshot p = practices.score(room.an().id(), regular.id(), typed);
        int total = rubric.total(p.scores());
        assertThat(total).isEqualTo(90);
        assertThat(rubric.band(total).orElseThrow().name()).isEqualTo("Tốt");

        typed.put(conduct.id(), "31");
        assertThatThrownBy(() -> practices.score(room.an().id(), regular.id(), typed))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("criterion." + conduct.id());
                    assertThat(e.messageKey()).isEqualTo("error.range");
                });
        typed.put(conduct.id(), "-1");
        assertThatThrownBy(() -> practices.score(room.an().id(), regular.id(), typed)).isInstanceOf(InvalidInputException.class);
        typed.put(conduct.id(), "mười");
        assertThatThrownBy(() -> practices.score(room.an().id(), regular.id(), typed))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("rubric.points.number"));
        assertThat(jdbc.queryForObject("select points from rubric_score where practice_id = ? and criterion_id = ?",
                Integer.class, regular.id(), conduct.id())).isEqualTo(20);
        typed.put(conduct.id(), "");
        assertThat(rubric.total(practices.score(room.an().id(), regular.id(), typed).scores())).isEqualTo(70);
    }

    @Test
    void cardsCanBeTiedToAStepOfAPractisedProcedureAndAreCountedPerStep() {
        StepView discussion = template.step(13);
        cards.post(room.an().id(), CardType.DIFFICULTY, "Ít người phát biểu", null, discussion.id(), "s1");
        cards.post(room.binh().id(), CardType.SOLUTION, "Gợi ý câu hỏi trước", null, discussion.id(), "s2");
        assertThat(cards.countsByStep(room.an().groupId())).containsEntry(discussion.id(), 2L);
        TemplateView otherCopy = fixtures.asTrainer(() -> procedures.copy(template.id(), "Không thực hành"));
        assertThatThrownBy(() -> cards.post(room.an().id(), CardType.ADVANTAGE, "x", null, otherCopy.steps().get(0).id(), "s3"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("step"));
    }
}
