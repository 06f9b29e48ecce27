package vn.toadam.security;

import java.io.Serializable;
import java.security.Principal;

/** Who a promoted learner is while signed in as a moderator of one workshop (the principal of that session). */
record PromotedLearner(long participantId, String displayName) implements Principal, Serializable {

    @Override
    public String getName() {
        return "participant-" + participantId + " (" + displayName + ")";
    }

    @Override
    public String toString() {
        return getName();
    }
}
