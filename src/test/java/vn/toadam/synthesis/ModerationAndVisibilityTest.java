package vn.toadam.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotAllowedException;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;

class ModerationAndVisibilityTest extends IntegrationTest {

    @Autowired
    ModerationService moderation;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    CardService cards;
    @Autowired
    Fixtures fixtures;
    @Autowired
    vn.toadam.workshop.WorkshopService workshops;
    @Autowired
    ProjectorService projector;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aCardIsFoundAndProjectedOnlyInItsOwnWorkshop() {
        Fixtures.Classroom here = fixtures.classroom();
        Fixtures.Classroom elsewhere = fixtures.classroom();
        CardSnapshot card = cards.post(here.an().id(), CardType.DIFFICULTY, "Đảng viên đi làm ăn xa", null, "x");
        long other = elsewhere.workshop().id();
        assertThat(fixtures.asTrainer(() -> cards.workshopCard(here.workshop().id(), card.id())))
                .hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("Đảng viên đi làm ăn xa"));
        assertThat(fixtures.asTrainer(() -> cards.workshopCard(other, card.id()))).isEmpty();
        assertThatThrownBy(() -> fixtures.asTrainer(() -> projector.project(other, card.id())))
                .hasMessage("card.not-found");
        jdbc.update("insert into projected_card (workshop_id, card_id) values (?, ?)", other, card.id());
        assertThat(fixtures.asTrainer(() -> projector.current(other)).card())
                .as("a stored projection naming another workshop's card shows nothing").isNull();
    }

    @Test
    void hiddenUntilRevealALearnerSeesOnlyTheirOwnCardsThenTheGroups() {
        Fixtures.Classroom room = fixtures.classroom();
        long w = room.workshop().id();
        fixtures.asTrainer(() -> facilitation.hideUntilReveal(w, true));
        cards.post(room.an().id(), CardType.ADVANTAGE, "Ý của An", null, "a");
        cards.post(room.binh().id(), CardType.ADVANTAGE, "Ý của Bình", null, "b");
        assertThat(cards.board(room.an().id())).extracting(CardSnapshot::text).containsExactly("Ý của An");
        assertThat(cards.board(room.binh().id())).extracting(CardSnapshot::text).containsExactly("Ý của Bình");

        fixtures.asTrainer(() -> facilitation.reveal(w, room.an().groupId()));
        assertThat(cards.board(room.binh().id())).extracting(CardSnapshot::text)
                .containsExactly("Ý của An", "Ý của Bình");
        assertThat(facilitation.showsAuthors(w)).isTrue();
        fixtures.asTrainer(() -> facilitation.anonymous(w, true));
        assertThat(facilitation.showsAuthors(w)).isFalse();
    }

    @Test
    void aModeratorPostsForALearnerWithoutADeviceAndTheCardSaysSo() {
        Fixtures.Classroom room = fixtures.classroom();
        var group = room.workshop().groups().get(0);
        var dung = fixtures.asTrainer(() -> workshops.addLearnerWithoutDevice(group.id(), "Phạm Văn Dũng"));
        assertThat(fixtures.asTrainer(() -> workshops.addLearnerWithoutDevice(group.id(), "Phạm Văn Dũng")).id())
                .as("the same learner is reused").isEqualTo(dung.id());
        CardSnapshot card = fixtures.asTrainer(() -> cards.postOnBehalf(dung.id(), CardType.EXPERIENCE,
                "Nên nhắc lịch họp qua loa phát thanh thôn", "trainer"));
        assertThat(card.authorName()).isEqualTo("Phạm Văn Dũng");
        assertThat(card.postedBy()).isEqualTo("trainer");
        assertThat(cards.board(room.an().id())).extracting(CardSnapshot::postedBy).containsExactly("trainer");
        assertThatThrownBy(() -> cards.postOnBehalf(dung.id(), CardType.EXPERIENCE, "Không được", "ai đó"))
                .isNotInstanceOf(InvalidInputException.class);
    }

    @Test
    void aHiddenCardLeavesLearnersBoardsAndEveryActIsAudited() {
        Fixtures.Classroom room = fixtures.classroom();
        long w = room.workshop().id();
        CardSnapshot rude = cards.post(room.an().id(), CardType.EXPERIENCE, "Nội dung không phù hợp", null, "r");
        assertThatThrownBy(() -> fixtures.asTrainer(() -> moderation.hideCard(w, rude.id(), "  ")))
                .isInstanceOf(InvalidInputException.class).hasMessage("error.required");
        fixtures.asTrainer(() -> moderation.hideCard(w, rude.id(), "Không liên quan đến buổi sinh hoạt"));
        assertThat(cards.board(room.binh().id())).isEmpty();
        assertThat(fixtures.asTrainer(() -> cards.workshopCards(w))).singleElement()
                .satisfies(c -> assertThat(c.hiddenReason()).isEqualTo("Không liên quan đến buổi sinh hoạt"));
        fixtures.asTrainer(() -> moderation.restoreCard(w, rude.id()));
        assertThat(cards.board(room.binh().id())).hasSize(1);

        fixtures.asTrainer(() -> {
            moderation.removeParticipant(w, room.binh().id(), "Nhầm lớp");
            return null;
        });
        assertThatThrownBy(() -> cards.post(room.binh().id(), CardType.ADVANTAGE, "Còn đây", null, "x"))
                .isInstanceOf(NotAllowedException.class);

        assertThat(fixtures.asTrainer(() -> moderation.audit(w))).extracting(ModerationService.AuditEntry::action)
                .containsExactly("remove-participant", "restore-card", "hide-card");
        assertThat(fixtures.asTrainer(() -> moderation.audit(w))).allSatisfy(e ->
                assertThat(e.actor()).isEqualTo("trainer"));
        assertThatThrownBy(() -> moderation.audit(w)).isNotInstanceOf(InvalidInputException.class);
    }
}
