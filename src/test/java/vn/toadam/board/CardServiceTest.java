package vn.toadam.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.base.ConflictException;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotAllowedException;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopSummary;

class CardServiceTest extends IntegrationTest {

    @Autowired
    CardService cards;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StepCatalog stepCatalog;
    @Autowired
    vn.toadam.procedure.ProcedureService procedures;

    WorkshopSummary workshop;
    ParticipantInfo an;
    ParticipantInfo binh;
    ParticipantInfo chi;

    @BeforeEach
    void setUp() {
        Fixtures.Classroom room = fixtures.classroom();
        workshop = room.workshop();
        an = room.an();
        binh = room.binh();
        chi = room.chi();
    }

    @Test
    void postedCardIsStoredTrimmedAndNormalisedAndShownOnTheGroupBoardOnly() {
        String decomposed = "  Đa\u0309ng vie\u0302n đo\u0302ng đu\u0309  ";
        CardSnapshot card = cards.post(an.id(), CardType.ADVANTAGE, decomposed, null, "k1");

        assertThat(card.text()).isEqualTo("Đảng viên đông đủ");
        assertThat(jdbc.queryForObject("select text from card where id = ?", String.class, card.id()))
                .isEqualTo("Đảng viên đông đủ");
        assertThat(cards.board(binh.id())).extracting(CardSnapshot::text).containsExactly("Đảng viên đông đủ");
        assertThat(cards.board(chi.id())).isEmpty();
    }

    @Test
    void textLimitsAreEnforced() {
        assertThatThrownBy(() -> cards.post(an.id(), CardType.ADVANTAGE, "   ", null, "e1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("text");
                    assertThat(e.messageKey()).isEqualTo("error.required");
                });
        String max = "a".repeat(Card.TEXT_MAX);
        assertThat(cards.post(an.id(), CardType.ADVANTAGE, max, null, "e2").text()).hasSize(Card.TEXT_MAX);
        assertThatThrownBy(() -> cards.post(an.id(), CardType.ADVANTAGE, max + "b", null, "e3"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.too-long"));
        assertThatThrownBy(() -> cards.post(an.id(), null, "text", null, "e4"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("type"));
        assertThatThrownBy(() -> cards.reply(binh.id(), cards.board(an.id()).get(0).id(), "x".repeat(Reply.TEXT_MAX + 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theSameClientKeyNeverMakesTwoCardsEvenInParallel() throws Exception {
        CardSnapshot first = cards.post(an.id(), CardType.DIFFICULTY, "Ít đảng viên phát biểu", null, "same-key");
        CardSnapshot again = cards.post(an.id(), CardType.DIFFICULTY, "Ít đảng viên phát biểu", null, "same-key");
        assertThat(again.id()).isEqualTo(first.id());

        var pool = Executors.newFixedThreadPool(4);
        List<Callable<CardSnapshot>> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            posts.add(() -> cards.post(binh.id(), CardType.EXPERIENCE, "Gửi tài liệu sớm", null, "parallel-key"));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<CardSnapshot> f : pool.invokeAll(posts)) {
            ids.add(f.get().id());
        }
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(jdbc.queryForObject("select count(*) from card where author_id = ? and client_key = 'parallel-key'",
                Integer.class, binh.id())).isEqualTo(1);
    }

    @Test
    void onlyTheAuthorEditsOrDeletes() {
        CardSnapshot card = cards.post(an.id(), CardType.EXPERIENCE, "Chuẩn bị kỹ nội dung", null, "a1");
        assertThatThrownBy(() -> cards.edit(binh.id(), card.id(), card.version(), "Sửa trộm"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> cards.delete(binh.id(), card.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> cards.toggleReaction(chi.id(), card.id())).isInstanceOf(NotAllowedException.class);

        CardSnapshot edited = cards.edit(an.id(), card.id(), card.version(), "Chuẩn bị kỹ nội dung và tài liệu");
        assertThat(edited.text()).isEqualTo("Chuẩn bị kỹ nội dung và tài liệu");
        cards.delete(an.id(), card.id());
        assertThat(cards.board(an.id())).noneMatch(c -> c.id() == card.id());
        assertThat(jdbc.queryForObject("select deleted from card where id = ?", Boolean.class, card.id())).isTrue();
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefused() {
        CardSnapshot card = cards.post(an.id(), CardType.EXPERIENCE, "Bản đầu", null, "v1");
        cards.edit(an.id(), card.id(), card.version(), "Sửa ở tab thứ nhất");
        assertThatThrownBy(() -> cards.edit(an.id(), card.id(), card.version(), "Sửa ở tab thứ hai"))
                .isInstanceOf(ConflictException.class);
        assertThat(cards.board(an.id())).filteredOn(c -> c.id() == card.id())
                .extracting(CardSnapshot::text).containsExactly("Sửa ở tab thứ nhất");
    }

    @Test
    void plusOneIsOnePerParticipantAndTogglesAndNotOnOwnCards() {
        CardSnapshot card = cards.post(an.id(), CardType.ADVANTAGE, "Có nghị quyết rõ ràng", null, "r1");
        assertThatThrownBy(() -> cards.toggleReaction(an.id(), card.id())).isInstanceOf(NotAllowedException.class);
        CardSnapshot reacted = cards.toggleReaction(binh.id(), card.id());
        assertThat(reacted.reactorIds()).containsExactly(binh.id());
        assertThat(reacted.version()).isGreaterThan(card.version());
        assertThat(cards.toggleReaction(binh.id(), card.id()).reactorIds()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from reaction where card_id = ?", Integer.class, card.id()))
                .isZero();
    }

    @Test
    void repliesAreKeptUnderTheCard() {
        CardSnapshot card = cards.post(an.id(), CardType.DIFFICULTY, "Biên bản ghi sơ sài", null, "p1");
        CardSnapshot replied = cards.reply(binh.id(), card.id(), "  Chi bộ em cũng vậy ");
        assertThat(replied.replies()).extracting(CardSnapshot.ReplySnapshot::text).containsExactly("Chi bộ em cũng vậy");
        assertThat(replied.replies()).extracting(CardSnapshot.ReplySnapshot::authorName).containsExactly("Trần Thị Bình");
    }

    @Test
    void aSolutionPointsOnlyAtADifficultyOfTheSameGroup() {
        CardSnapshot difficulty = cards.post(an.id(), CardType.DIFFICULTY, "Nội dung đơn điệu", null, "d1");
        CardSnapshot advantage = cards.post(an.id(), CardType.ADVANTAGE, "Đông đủ", null, "d2");
        CardSnapshot otherGroup = cards.post(chi.id(), CardType.DIFFICULTY, "Khó khăn tổ 2", null, "d3");

        CardSnapshot solution = cards.post(binh.id(), CardType.SOLUTION, "Thảo luận thay vì đọc báo cáo",
                difficulty.id(), "s1");
        assertThat(solution.answersCardId()).isEqualTo(difficulty.id());
        assertThatThrownBy(() -> cards.post(binh.id(), CardType.SOLUTION, "x", advantage.id(), "s2"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> cards.post(binh.id(), CardType.SOLUTION, "x", otherGroup.id(), "s3"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> cards.post(binh.id(), CardType.EXPERIENCE, "x", difficulty.id(), "s4"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(cards.edit(binh.id(), solution.id(), solution.version(), solution.text(), null, null).answersCardId()).isNull();
    }

    @Test
    void anEditOfTextLinkAndStepIsOneChangeOrNone() {
        long step = stepCatalog.steps(workshop.id()).isEmpty()
                ? fixtures.asTrainer(() -> {
                    procedures.setPractised(workshop.id(), List.of(procedures.templates().get(0).id()));
                    return stepCatalog.steps(workshop.id()).get(0).stepId();
                })
                : stepCatalog.steps(workshop.id()).get(0).stepId();
        CardSnapshot difficulty = cards.post(binh.id(), CardType.DIFFICULTY, "Ít người phát biểu", null, "o1");
        CardSnapshot solution = cards.post(an.id(), CardType.SOLUTION, "Gợi ý câu hỏi", null, "o2");

        assertThatThrownBy(() -> cards.edit(an.id(), solution.id(), solution.version(), "Gợi ý câu hỏi trước",
                difficulty.id(), -1L)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("step"));
        assertThat(jdbc.queryForMap("select text, answers_card_id, version from card where id = ?", solution.id()))
                .containsEntry("TEXT", "Gợi ý câu hỏi").containsEntry("ANSWERS_CARD_ID", null)
                .containsEntry("VERSION", solution.version());

        CardSnapshot saved = cards.edit(an.id(), solution.id(), solution.version(), "Gợi ý câu hỏi trước",
                difficulty.id(), step);
        assertThat(saved.text()).isEqualTo("Gợi ý câu hỏi trước");
        assertThat(saved.answersCardId()).isEqualTo(difficulty.id());
        assertThat(saved.stepId()).isEqualTo(step);
        assertThat(saved.version()).isEqualTo(solution.version() + 1);
        assertThatThrownBy(() -> cards.edit(an.id(), solution.id(), solution.version(), "Bản cũ", null, null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cards.edit(an.id(), difficulty.id(), difficulty.version(), "Sửa", null, null))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aFloodOfPostsIsRefusedAfterTheLimitButResendsStillAnswer() {
        for (int i = 0; i < CardService.POSTS_PER_MINUTE; i++) {
            cards.post(chi.id(), CardType.EXPERIENCE, "Ý kiến " + i, null, "flood-" + i);
        }
        assertThatThrownBy(() -> cards.post(chi.id(), CardType.EXPERIENCE, "Một ý nữa", null, "flood-x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("text");
                    assertThat(e.messageKey()).isEqualTo("card.rate-limited");
                });
        assertThat(cards.post(chi.id(), CardType.EXPERIENCE, "Ý kiến 0", null, "flood-0").text()).isEqualTo("Ý kiến 0");
        assertThat(jdbc.queryForObject("select count(*) from card where author_id = ?", Integer.class, chi.id()))
                .isEqualTo(CardService.POSTS_PER_MINUTE);
        assertThat(cards.post(an.id(), CardType.EXPERIENCE, "Người khác vẫn đăng được", null, "other")).isNotNull();
    }

    @Test
    void nothingCanBePostedInAClosedWorkshop() {
        fixtures.close(workshop);
        assertThatThrownBy(() -> cards.post(an.id(), CardType.ADVANTAGE, "Muộn", null, "c1"))
                .isInstanceOf(NotAllowedException.class);
    }
}
