package vn.toadam.board;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An immutable picture of a card as its board shows it; what a live event carries. */
public record CardSnapshot(long id, long groupId, CardType type, String text, long authorId, String authorName,
                           Long answersCardId, Long stepId, Instant createdAt, Instant updatedAt, long version, boolean deleted,
                           Set<Long> reactorIds, List<ReplySnapshot> replies) {

    public record ReplySnapshot(long id, long authorId, String authorName, String text, Instant createdAt) {
    }

    public int reactionCount() {
        return reactorIds.size();
    }
}
