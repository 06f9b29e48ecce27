package vn.toadam.synthesis;

/**
 * Published after a moderator linked or unlinked an answer to a difficulty, or merged or split themes: the other
 * moderators' screens of the workshop show the same links and themes.
 */
public record ModeratorLinksChanged(long workshopId) {
}
