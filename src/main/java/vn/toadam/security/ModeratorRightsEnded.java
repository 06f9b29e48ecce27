package vn.toadam.security;

/**
 * A promoted learner is a learner again or was removed (published inside the transaction by the workshop feature;
 * the sessions that learner signed in as a moderator end once it commits).
 */
public record ModeratorRightsEnded(long participantId) {
}
