package vn.toadam.board;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An immutable picture of a card as its board shows it; what a live event carries. */
public record CardSnapshot(long id, long groupId, CardType type, String text, long authorId, String authorName,
                           Long answersCardId, Long stepId, Instant createdAt, Instant updatedAt, long version, boolean deleted,
                           Set<Long> reactorIds, List<ReplySnapshot> replies, boolean hidden,
                           String hiddenReason, String postedBy) implements java.io.Serializable {

    public static final int HIDDEN_REASON_MAX = 300;

    public record ReplySnapshot(long id, long authorId, String authorName, String text, Instant createdAt) implements java.io.Serializable {
    }

    /** The same card with its authors' names replaced (anonymous workshops, seen by learners). */
    public CardSnapshot withAuthorsShownAs(String anonymous, long viewerId) {
        return new CardSnapshot(id, groupId, type, text, authorId, authorId == viewerId ? authorName : anonymous,
                answersCardId, stepId, createdAt, updatedAt, version, deleted, reactorIds, replies.stream()
                .map(r -> new ReplySnapshot(r.id(), r.authorId(), r.authorId() == viewerId ? r.authorName() : anonymous,
                        r.text(), r.createdAt())).toList(), hidden, hiddenReason, postedBy);
    }

    /** The same card as a screen that must no longer show it sees it (hidden by a moderator, not revealed). */
    public CardSnapshot asRemoved() {
        return new CardSnapshot(id, groupId, type, text, authorId, authorName, answersCardId, stepId, createdAt,
                updatedAt, version, true, reactorIds, replies, hidden, hiddenReason, postedBy);
    }

    public int reactionCount() {
        return reactorIds.size();
    }
}
