package vn.toadam.security;

/** Roles of accounts (people who log in). Learners never log in: they join with a code. */
public enum Role {
    TRAINER, MODERATOR;

    public static final String TRAINER_NAME = "TRAINER";
    public static final String MODERATOR_NAME = "MODERATOR";

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
