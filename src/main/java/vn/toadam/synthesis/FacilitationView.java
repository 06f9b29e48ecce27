package vn.toadam.synthesis;

import java.time.Instant;
import java.util.Set;

/** The facilitation state every screen of a workshop shows; what a live event carries. */
public record FacilitationView(long workshopId, Phase phase, boolean postingReopened, Instant timerEndsAt,
                               Integer timerSeconds, int votesPerPerson, int votesPerCard, boolean hideUntilReveal,
                               boolean anonymous, Set<Long> revealedGroups, long version) implements java.io.Serializable {

    /** Whether learners of a group see each other's cards. */
    public boolean revealed(long groupId) {
        return !hideUntilReveal || revealedGroups.contains(groupId);
    }

    public boolean postingOpen() {
        return phase.allowsPosting(postingReopened);
    }

    public boolean voting() {
        return phase == Phase.VOTING;
    }
}
