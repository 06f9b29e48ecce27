package vn.toadam.synthesis;

/** Live audiences of the synthesis feature. */
public final class SynthesisAudience {

    private SynthesisAudience() {
    }

    /** Everyone with a screen of the workshop open: learners' boards, moderators, the projector. */
    public static String workshop(long workshopId) {
        return "workshop/" + workshopId;
    }

    /** The moderators' screens and the projector of a workshop (not the learners' boards). */
    public static String moderators(long workshopId) {
        return "moderators/" + workshopId;
    }
}
