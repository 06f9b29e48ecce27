package vn.toadam.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotAllowedException;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;

class FacilitationAndVotingTest extends IntegrationTest {

    @Autowired
    FacilitationService facilitation;
    @Autowired
    VoteService votes;
    @Autowired
    CardService cards;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    Fixtures.Classroom room;
    long workshop;
    List<CardSnapshot> anCards = new ArrayList<>();

    @BeforeEach
    void setUp() {
        room = fixtures.classroom();
        workshop = room.workshop().id();
        for (int i = 0; i < 4; i++) {
            anCards.add(cards.post(room.an().id(), CardType.DIFFICULTY, "Khó khăn số " + i, null, "k" + i));
        }
    }

    private FacilitationView toPhase(Phase phase) {
        FacilitationView v = facilitation.view(workshop);
        while (v.phase() != phase) {
            long id = workshop;
            v = fixtures.asTrainer(() -> facilitation.forward(id));
        }
        return v;
    }

    @Test
    void phasesMoveForwardAndBackAndDecideWhetherCardsArePosted() {
        assertThat(facilitation.view(workshop).phase()).isEqualTo(Phase.POSTING);
        toPhase(Phase.VOTING);
        assertThatThrownBy(() -> cards.post(room.binh().id(), CardType.ADVANTAGE, "Muộn", null, "late"))
                .isInstanceOf(InvalidInputException.class).hasMessage("phase.posting-closed");
        fixtures.asTrainer(() -> facilitation.reopenPosting(workshop, true));
        assertThat(cards.post(room.binh().id(), CardType.ADVANTAGE, "Muộn", null, "late").text()).isEqualTo("Muộn");
        FacilitationView back = fixtures.asTrainer(() -> facilitation.back(workshop));
        assertThat(back.phase()).isEqualTo(Phase.DISCUSSION);
        assertThat(back.postingReopened()).isFalse();
        assertThatThrownBy(() -> facilitation.forward(workshop)).isInstanceOf(RuntimeException.class)
                .isNotInstanceOf(InvalidInputException.class);
    }

    @Test
    void theTimerSurvivesAsStoredStateAndRefusesNonsense() {
        FacilitationView v = fixtures.asTrainer(() -> facilitation.startTimer(workshop, 10));
        assertThat(v.timerSeconds()).isEqualTo(600);
        assertThat(facilitation.view(workshop).timerEndsAt()).isEqualTo(v.timerEndsAt());
        assertThatThrownBy(() -> fixtures.asTrainer(() -> facilitation.startTimer(workshop, 0)))
                .isInstanceOf(InvalidInputException.class).hasMessage("error.range");
        assertThat(fixtures.asTrainer(() -> facilitation.stopTimer(workshop)).timerEndsAt()).isNull();
    }

    @Test
    void votesOnlyInVotingWithinThePersonAndCardLimitsAndCanBeWithdrawn() {
        long binh = room.binh().id();
        assertThatThrownBy(() -> votes.cast(binh, anCards.get(0).id()))
                .isInstanceOf(NotAllowedException.class).hasMessage("vote.not-voting");
        toPhase(Phase.VOTING);
        fixtures.asTrainer(() -> facilitation.limitVotes(workshop, 3, 2));
        assertThat(votes.cast(binh, anCards.get(0).id()).total()).isEqualTo(1);
        assertThat(votes.cast(binh, anCards.get(0).id()).mine()).isEqualTo(2);
        assertThatThrownBy(() -> votes.cast(binh, anCards.get(0).id()))
                .isInstanceOf(NotAllowedException.class).hasMessage("vote.card-max");
        VoteService.Tally third = votes.cast(binh, anCards.get(1).id());
        assertThat(third.votesLeft()).isZero();
        assertThatThrownBy(() -> votes.cast(binh, anCards.get(2).id()))
                .isInstanceOf(NotAllowedException.class).hasMessage("vote.none-left");
        VoteService.Tally back = votes.withdraw(binh, anCards.get(0).id());
        assertThat(back.total()).isEqualTo(1);
        assertThat(back.votesLeft()).isEqualTo(1);
        assertThat(votes.groupTotals(room.an().groupId())).containsEntry(anCards.get(0).id(), 1)
                .containsEntry(anCards.get(1).id(), 1);
        assertThatThrownBy(() -> votes.cast(room.chi().id(), anCards.get(3).id()))
                .isInstanceOf(NotAllowedException.class).hasMessage("card.other-group");
    }

    @Test
    void twoTabsClickingAtOnceCannotGoPastTheLimit() throws Exception {
        toPhase(Phase.VOTING);
        fixtures.asTrainer(() -> facilitation.limitVotes(workshop, 2, 2));
        long binh = room.binh().id();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> clicks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long card = anCards.get(i % 4).id();
            Callable<Boolean> click = () -> {
                go.await();
                try {
                    votes.cast(binh, card);
                    return true;
                } catch (NotAllowedException refused) {
                    return false;
                }
            };
            clicks.add(pool.submit(click));
        }
        go.countDown();
        int accepted = 0;
        for (Future<Boolean> f : clicks) {
            accepted += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from vote where participant_id = ?", Integer.class, binh))
                .isEqualTo(2);
    }
}
