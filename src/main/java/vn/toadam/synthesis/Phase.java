package vn.toadam.synthesis;

/** Where the room is: what learners may do follows it. */
public enum Phase {
    POSTING, DISCUSSION, VOTING, SYNTHESIS, CLOSED;

    /** New cards are welcome while posting and discussing; later only if the moderator re-opens posting. */
    boolean allowsPosting(boolean reopened) {
        return this == POSTING || this == DISCUSSION || (reopened && this != CLOSED);
    }
}
