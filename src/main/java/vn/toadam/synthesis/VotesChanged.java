package vn.toadam.synthesis;

/** A card's dot-vote total after a vote was cast or withdrawn; {@code participantId} is who did it. */
public record VotesChanged(long workshopId, long groupId, long cardId, int total, long participantId) implements java.io.Serializable {
}
