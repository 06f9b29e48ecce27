package vn.toadam.synthesis;

/**
 * A moderation act was committed: the audit entry it wrote and, for a removal, who was removed (else null); sent to
 * the workshop's moderator screens, which add it without asking the database.
 */
public record ModerationLogged(long workshopId, ModerationService.AuditEntry entry, Long removedParticipantId) {
}
