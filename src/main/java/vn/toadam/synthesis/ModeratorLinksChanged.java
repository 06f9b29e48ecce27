package vn.toadam.synthesis;

/**
 * Published after a moderator linked or unlinked an answer to a difficulty, or merged or split themes: the other
 * moderators' screens of the workshop show the same links and themes. {@code madeBy}: who (their screen shows it
 * already).
 */
public record ModeratorLinksChanged(long workshopId, String madeBy) implements java.io.Serializable {
}
