package vn.toadam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.base.InvalidInputException;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.procedure.NoteKind;
import vn.toadam.procedure.PracticeService;
import vn.toadam.procedure.PracticeSnapshot;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.procedure.Roles;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;
import vn.toadam.workshop.WorkshopService;

class WorkshopArchiveTest extends IntegrationTest {

    @Autowired
    WorkshopArchive archive;
    @Autowired
    DumpJson json;
    @Autowired
    CardService cards;
    @Autowired
    PracticeService practices;
    @Autowired
    ProcedureService procedures;
    @Autowired
    WorkshopService workshops;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    vn.toadam.synthesis.RecommendationService recommendations;
    @Autowired
    vn.toadam.synthesis.FacilitationService facilitation;
    @Autowired
    vn.toadam.synthesis.VoteService votes;
    @Autowired
    vn.toadam.synthesis.ModerationService moderation;
    @Autowired
    vn.toadam.synthesis.SolutionMatcher matcher;
    @Autowired
    vn.toadam.synthesis.ThemeLinks themeLinks;

    Fixtures.Classroom room;

    @BeforeEach
    void setUp() {
        room = fixtures.classroom();
        long an = room.an().id();
        PracticeSnapshot practice = practices.practices(an).get(0);
        Long stepId = procedures.template(practice.templateId()).step(3).id();
        CardSnapshot difficulty = cards.post(an, CardType.DIFFICULTY, "Đảng viên ở xa khó dự họp", null, stepId, "d");
        cards.post(room.binh().id(), CardType.SOLUTION, "Họp ghép với sinh hoạt tổ dân phố", difficulty.id(), "s");
        cards.toggleReaction(room.binh().id(), difficulty.id());
        cards.reply(room.binh().id(), difficulty.id(), "Đồng ý, nhất là mùa vụ");
        CardSnapshot advantage = cards.post(room.chi().id(), CardType.ADVANTAGE, "Cấp ủy quan tâm", null, "a");
        practices.setRoles(an, practice.id(), new Roles("Nguyễn Văn An", an, "Trần Thị Bình", null, "Tổ 1"));
        practices.start(an, practice.id());
        practices.next(an, practice.id());
        practices.addNote(an, practice.id(), 2, NoteKind.LIMITATION, "Nội dung chuẩn bị còn sơ sài");
        Map<Long, String> typed = new HashMap<>();
        typed.put(procedures.template(practice.templateId()).rubric().criteria().get(0).id(), "4");
        practices.score(an, practice.id(), typed);
        long w = room.workshop().id();
        fixtures.asTrainer(() -> recommendations.create(w, "Ghép sinh hoạt với tổ dân phố", "Thảo luận",
                List.of(difficulty.id())));
        CardSnapshot experience = cards.post(room.chi().id(), CardType.EXPERIENCE, "Chi bộ tôi họp buổi tối", null,
                "e");
        while (facilitation.view(w).phase() != vn.toadam.synthesis.Phase.VOTING) {
            fixtures.asTrainer(() -> facilitation.forward(w));
        }
        votes.cast(room.binh().id(), difficulty.id());
        fixtures.asTrainer(() -> {
            matcher.link(w, difficulty.id(), experience.id());
            themeLinks.merge(w, List.of(difficulty.id()), List.of(experience.id()));
            themeLinks.split(w, advantage.id(), List.of(difficulty.id()));
            return null;
        });
        fixtures.asTrainer(() -> moderation.hideCard(w, advantage.id(), "Trùng lặp"));
        fixtures.asTrainer(() -> {
            moderation.removeParticipant(w, room.chi().id(), "Nhầm lớp");
            return null;
        });
    }

    @Test
    void exportImportExportGivesTheSameContentUnderANewJoinCode() throws IOException {
        WorkshopDump first = fixtures.asTrainer(() -> archive.export(room.workshop().id(), Instant.now()));
        assertThat(first.cards()).hasSize(4);
        assertThat(first.answerLinks()).singleElement().satisfies(l -> {
            assertThat(l.difficulty()).isEqualTo(1);
            assertThat(l.answer()).isEqualTo(4);
        });
        assertThat(first.themeLinks()).extracting(l -> l.cardA() + "-" + l.cardB() + " " + l.kind())
                .containsExactlyInAnyOrder("1-4 MUST", "1-3 CANNOT");
        assertThat(first.cards().get(1).answers()).isEqualTo(1);
        assertThat(first.cards().get(0).step()).isEqualTo(new WorkshopDump.StepRef(1, 3));
        assertThat(first.practices()).hasSize(2);
        assertThat(first.cards().get(0).votes()).containsExactly(2);
        assertThat(first.cards().get(2).hiddenReason()).isEqualTo("Trùng lặp");
        assertThat(first.participants()).filteredOn(WorkshopDump.Person::removed).hasSize(1);
        assertThat(first.recommendations()).singleElement().satisfies(r -> assertThat(r.cards()).containsExactly(1));

        byte[] file = toJson(first);
        long copyId = fixtures.asTrainer(() -> archive.restore(json.read(file), "importer", Instant.now()));
        WorkshopDump second = fixtures.asTrainer(() -> archive.export(copyId, Instant.now()));

        assertThat(comparable(second)).isEqualTo(comparable(first));
        String newCode = fixtures.asTrainer(() -> workshops.get(copyId)).joinCode();
        assertThat(newCode).isNotEqualTo(room.workshop().joinCode());
        assertThat(new String(toJson(second), StandardCharsets.UTF_8)).contains("\"format\" : \"toa-dam-workshop\"",
                "Đảng viên ở xa khó dự họp");
    }

    @Test
    void aFileOfTheFirstVersionWithoutLinksStillRestores() throws IOException {
        WorkshopDump current = fixtures.asTrainer(() -> archive.export(room.workshop().id(), Instant.now()));
        String json1 = new String(toJson(current), StandardCharsets.UTF_8)
                .replaceFirst("\"version\" : 2", "\"version\" : 1")
                .replaceAll("(?s),\\s*\"answerLinks\" : \\[.*$", "\n}");
        assertThat(json1).doesNotContain("answerLinks", "themeLinks").contains("\"version\" : 1");

        long copyId = fixtures.asTrainer(() -> archive.restore(json.read(json1.getBytes(StandardCharsets.UTF_8)),
                "importer", Instant.now()));

        WorkshopDump restored = fixtures.asTrainer(() -> archive.export(copyId, Instant.now()));
        assertThat(restored.cards()).hasSize(4);
        assertThat(restored.answerLinks()).isEmpty();
        assertThat(restored.themeLinks()).isEmpty();
    }

    @Test
    void aForeignOrMalformedOrDamagedFileIsRefusedAndNothingIsStored() throws IOException {
        int before = workshopCount();
        assertRefused("{\"format\":\"padlet\",\"version\":1}".getBytes(StandardCharsets.UTF_8), "import.foreign");
        assertRefused("{\"format\":\"toa-dam-workshop\",".getBytes(StandardCharsets.UTF_8), "import.malformed");
        assertRefused("{\"format\":\"toa-dam-workshop\",\"version\":99}".getBytes(StandardCharsets.UTF_8),
                "import.version");

        WorkshopDump good = fixtures.asTrainer(() -> archive.export(room.workshop().id(), Instant.now()));
        WorkshopDump.Card last = good.cards().get(2);
        List<WorkshopDump.Card> damagedCards = List.of(good.cards().get(0), good.cards().get(1),
                new WorkshopDump.Card(last.key(), last.group(), 42, last.type(), last.text(), null, null,
                        last.createdAt(), last.updatedAt(), List.of(), List.of(), List.of(), false, null, null));
        WorkshopDump damaged = new WorkshopDump(good.format(), good.version(), good.exportedAt(), good.workshop(),
                good.groups(), good.participants(), good.procedures(), damagedCards, good.practices(),
                good.recommendations(), good.answerLinks(), good.themeLinks());
        assertThatThrownBy(() -> fixtures.asTrainer(() -> archive.restore(damaged, "t", Instant.now())))
                .isInstanceOf(InvalidInputException.class).hasMessage("import.invalid")
                .satisfies(e -> assertThat(((InvalidInputException) e).args()).containsExactly("$.cards[2].author"));
        assertThat(workshopCount()).isEqualTo(before);
    }

    private void assertRefused(byte[] file, String key) {
        assertThatThrownBy(() -> fixtures.asTrainer(() -> archive.restore(json.read(file), "t", Instant.now())))
                .isInstanceOf(InvalidInputException.class).hasMessage(key);
    }

    private int workshopCount() {
        return jdbc.queryForObject("select count(*) from workshop", Integer.class);
    }

    private byte[] toJson(WorkshopDump dump) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(dump, out);
        return out.toByteArray();
    }

    /** What must survive a round trip: all but the moment of export and who restored it when. */
    private static WorkshopDump comparable(WorkshopDump d) {
        WorkshopDump.Workshop w = d.workshop();
        return new WorkshopDump(d.format(), d.version(), null, new WorkshopDump.Workshop(w.title(), w.className(),
                w.heldOn(), w.place(), w.status(), null, null), d.groups(), d.participants(), d.procedures(),
                d.cards(), d.practices(), d.recommendations(), d.answerLinks(), d.themeLinks());
    }
}
