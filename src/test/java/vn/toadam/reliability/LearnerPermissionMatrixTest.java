package vn.toadam.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.toadam.base.NotAllowedException;
import vn.toadam.base.UserFacingException;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.board.ChatService;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;
import vn.toadam.synthesis.FacilitationService;
import vn.toadam.synthesis.ModerationService;
import vn.toadam.synthesis.VoteService;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;

/**
 * What a learner may do with a card of group 1, written by An: each learner operation × (the author, another
 * learner of group 1, a learner of group 2, a removed learner, a learner of another workshop). Services take the
 * participant id from the signed cookie and check group and authorship themselves.
 */
class LearnerPermissionMatrixTest extends IntegrationTest {

    enum Who { AUTHOR, SAME_GROUP, OTHER_GROUP, REMOVED, OTHER_WORKSHOP }

    @Autowired Fixtures fixtures;
    @Autowired CardService cards;
    @Autowired ChatService chat;
    @Autowired VoteService votes;
    @Autowired FacilitationService facilitation;
    @Autowired ModerationService moderation;
    @Autowired WorkshopService workshops;

    private record Room(Fixtures.Classroom classroom, CardSnapshot card, Map<Who, ParticipantInfo> people) {
    }

    private Room room() {
        Fixtures.Classroom c = fixtures.classroom();
        CardSnapshot card = cards.post(c.an().id(), CardType.DIFFICULTY, "Khó khăn của An", null, null);
        ParticipantInfo removed = fixtures.join(c.workshop(), 0, "Người đã rời");
        fixtures.asTrainer(() -> workshops.removeParticipant(removed.id()));
        Fixtures.Classroom other = fixtures.classroom();
        return new Room(c, card, Map.of(Who.AUTHOR, c.an(), Who.SAME_GROUP, c.binh(), Who.OTHER_GROUP, c.chi(),
                Who.REMOVED, removed, Who.OTHER_WORKSHOP, other.an()));
    }

    private static final Map<String, Set<Who>> ALLOWED = new LinkedHashMap<>();
    private final Map<String, BiConsumer<Room, ParticipantInfo>> operations = new LinkedHashMap<>();

    {
        op("edit the card", EnumSet.of(Who.AUTHOR), (r, p) -> cards.edit(p.id(), r.card().id(), r.card().version(), "Sửa"));
        op("delete the card", EnumSet.of(Who.AUTHOR), (r, p) -> cards.delete(p.id(), r.card().id()));
        op("+1 the card", EnumSet.of(Who.SAME_GROUP), (r, p) -> cards.toggleReaction(p.id(), r.card().id()));
        op("reply to the card", EnumSet.of(Who.AUTHOR, Who.SAME_GROUP), (r, p) -> cards.reply(p.id(), r.card().id(), "Ý kiến"));
        op("answer it with a solution", EnumSet.of(Who.AUTHOR, Who.SAME_GROUP), (r, p) ->
                cards.post(p.id(), CardType.SOLUTION, "Giải pháp", r.card().id(), null));
        op("edit its text, link and step at once", EnumSet.of(Who.AUTHOR),
                (r, p) -> cards.edit(p.id(), r.card().id(), r.card().version(), "Sửa", null, null));
        op("vote for it", EnumSet.of(Who.AUTHOR, Who.SAME_GROUP), (r, p) -> {
            fixtures.asTrainer(() -> facilitation.forward(r.classroom().workshop().id()));
            fixtures.asTrainer(() -> facilitation.forward(r.classroom().workshop().id()));
            votes.cast(p.id(), r.card().id());
        });
        op("read it on the board", EnumSet.of(Who.AUTHOR, Who.SAME_GROUP), (r, p) -> {
            if (cards.board(p.id()).stream().noneMatch(c -> c.id() == r.card().id())) {
                throw new NotAllowedException("not on this board");
            }
        });
        op("read it once a moderator hid it", EnumSet.noneOf(Who.class), (r, p) -> {
            fixtures.asTrainer(() -> moderation.hideCard(r.classroom().workshop().id(), r.card().id(), "lạc đề"));
            if (cards.board(p.id()).stream().noneMatch(c -> c.id() == r.card().id())) {
                throw new NotAllowedException("not on this board");
            }
        });
        op("chat with their own group", EnumSet.of(Who.AUTHOR, Who.SAME_GROUP, Who.OTHER_GROUP, Who.OTHER_WORKSHOP),
                (r, p) -> chat.send(p.id(), "Chào cả tổ"));
        op("post on their own board", EnumSet.of(Who.AUTHOR, Who.SAME_GROUP, Who.OTHER_GROUP, Who.OTHER_WORKSHOP),
                (r, p) -> cards.post(p.id(), CardType.EXPERIENCE, "Kinh nghiệm", null, null));
    }

    private void op(String name, Set<Who> allowed, BiConsumer<Room, ParticipantInfo> work) {
        ALLOWED.put(name, allowed);
        operations.put(name, work);
    }

    @Test
    void learnersReachOnlyTheirGroupAndTheirOwnCards() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, BiConsumer<Room, ParticipantInfo>> op : operations.entrySet()) {
            for (Who who : Who.values()) {
                Room room = room();
                boolean allowed;
                try {
                    op.getValue().accept(room, room.people().get(who));
                    allowed = true;
                } catch (UserFacingException refused) { // not allowed, not found, not in this group …
                    allowed = false;
                }
                if (allowed != ALLOWED.get(op.getKey()).contains(who)) {
                    wrong.add(op.getKey() + " by " + who + (allowed ? " was allowed" : " was refused"));
                }
            }
        }
        System.out.printf("learner permission matrix: %d operations x %d learners = %d cells%n", operations.size(),
                Who.values().length, operations.size() * Who.values().length);
        assertThat(wrong).isEmpty();
    }
}
