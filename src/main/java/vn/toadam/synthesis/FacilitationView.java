package vn.toadam.synthesis;

import java.time.Instant;

/** The facilitation state every screen of a workshop shows; what a live event carries. */
public record FacilitationView(long workshopId, Phase phase, boolean postingReopened, Instant timerEndsAt,
                               Integer timerSeconds, int votesPerPerson, int votesPerCard, long version) {

    public boolean postingOpen() {
        return phase.allowsPosting(postingReopened);
    }

    public boolean voting() {
        return phase == Phase.VOTING;
    }
}
