package vn.toadam.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotFoundException;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.procedure.NoteKind;
import vn.toadam.procedure.PracticeService;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;

class WorkshopLifecycleTest extends IntegrationTest {

    @Autowired
    WorkshopService workshops;
    @Autowired
    CardService cards;
    @Autowired
    PracticeService practices;
    @Autowired
    ProcedureService procedures;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCopyTakesGroupNamesAndProceduresButNoPeopleAndGetsItsOwnCode() {
        Fixtures.Classroom room = fixtures.classroom();
        WorkshopSummary source = room.workshop();
        fixtures.asTrainer(() -> workshops.renameGroup(source.groups().get(0).id(), "Tổ Hòa Bình"));
        long thematic = procedures.practisedBy(source.id()).get(1).id();
        fixtures.asTrainer(() -> {
            procedures.setPractised(source.id(), java.util.List.of(thematic));
            return null;
        });

        WorkshopSummary copy = fixtures.asTrainer(() -> workshops.copy(source.id(),
                new NewWorkshop("Lớp K2 – thực hành", "K2", LocalDate.of(2026, 12, 2), "Tiên Yên", 0), "trainer"));

        assertThat(copy.title()).isEqualTo("Lớp K2 – thực hành");
        assertThat(copy.joinCode()).isNotEqualTo(source.joinCode());
        assertThat(copy.groups()).extracting(WorkshopSummary.GroupInfo::name)
                .containsExactly("Tổ Hòa Bình", "Tổ 2", "Tổ 3");
        assertThat(procedures.practisedBy(copy.id())).extracting(t -> t.id()).containsExactly(thematic);
        assertThat(fixtures.asTrainer(() -> workshops.participantsOf(copy.id()))).isEmpty();
    }

    @Test
    void editingChangesTheDetailsAndRefusesAnEmptyTitle() {
        WorkshopSummary w = fixtures.workshop("Buổi cũ");
        WorkshopSummary edited = fixtures.asTrainer(() -> workshops.update(w.id(),
                new NewWorkshop("  Buổi mới  ", "Lớp A", LocalDate.of(2026, 12, 1), "Hội trường", 0)));
        assertThat(edited.title()).isEqualTo("Buổi mới");
        assertThat(edited.place()).isEqualTo("Hội trường");
        assertThatThrownBy(() -> fixtures.asTrainer(() -> workshops.update(w.id(),
                new NewWorkshop(" ", null, null, null, 0))))
                .isInstanceOf(InvalidInputException.class).hasMessage("error.required");
        assertThat(fixtures.asTrainer(() -> workshops.get(w.id())).title()).isEqualTo("Buổi mới");
    }

    @Test
    void archivingHidesNothingButTheStatusAndJoiningIsRefused() {
        WorkshopSummary w = fixtures.workshop("Sẽ lưu trữ");
        fixtures.asTrainer(() -> workshops.setStatus(w.id(), WorkshopStatus.ARCHIVED));
        assertThatThrownBy(() -> workshops.findOpenByCode(w.joinCode()))
                .isInstanceOf(InvalidInputException.class).hasMessage("join.code.closed");
    }

    @Test
    void deletingNeedsTheTitleTypedAndThenRemovesEverything() {
        Fixtures.Classroom room = fixtures.classroom();
        long id = room.workshop().id();
        CardSnapshot d = cards.post(room.an().id(), CardType.DIFFICULTY, "Khó khăn", null, "d");
        cards.post(room.binh().id(), CardType.SOLUTION, "Giải pháp", d.id(), "s");
        cards.toggleReaction(room.binh().id(), d.id());
        cards.reply(room.binh().id(), d.id(), "Trả lời");
        var practice = practices.practices(room.an().id()).get(0);
        practices.start(room.an().id(), practice.id());
        practices.addNote(room.an().id(), practice.id(), 1, NoteKind.STRENGTH, "Tốt");
        Fixtures.Classroom other = fixtures.classroom();
        cards.post(other.an().id(), CardType.ADVANTAGE, "Còn lại", null, "o");

        assertThatThrownBy(() -> fixtures.asTrainer(() -> {
            workshops.delete(id, "Thực hành");
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessage("workshop.delete.mismatch");
        assertThat(count("card where workshop_id = " + id)).isEqualTo(2);

        fixtures.asTrainer(() -> {
            workshops.delete(id, " " + room.workshop().title() + " ");
            return null;
        });
        assertThatThrownBy(() -> fixtures.asTrainer(() -> workshops.get(id))).isInstanceOf(NotFoundException.class);
        assertThat(count("card where workshop_id = " + id)).isZero();
        assertThat(count("participant where workshop_id = " + id)).isZero();
        assertThat(count("workshop_group where workshop_id = " + id)).isZero();
        assertThat(count("practice where id = " + practice.id())).isZero();
        assertThat(count("step_note where practice_id = " + practice.id())).isZero();
        assertThat(count("card where workshop_id = " + other.workshop().id())).isEqualTo(1);
    }

    private int count(String fromWhere) {
        return jdbc.queryForObject("select count(*) from " + fromWhere, Integer.class);
    }
}
