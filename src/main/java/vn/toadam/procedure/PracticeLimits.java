package vn.toadam.procedure;

/** Length limits of what a practice stores, for every place that checks them (screens, imports). */
public final class PracticeLimits {

    public static final int NAME_MAX = 60;
    public static final int MEMBERS_MAX = 1000;
    public static final int NOTE_MAX = 500;

    private PracticeLimits() {
    }
}
