package vn.toadam.synthesis;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toadam.base.NotAllowedException;
import vn.toadam.base.Texts;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;

/** Hiding and restoring cards, removing participants; every act is audited (who, what, when, why). */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'MODERATOR')")
public class ModerationService {

    public static final int REASON_MAX = CardSnapshot.HIDDEN_REASON_MAX;

    public record AuditEntry(String actor, String action, String target, String reason, Instant at) {
    }

    private final CardService cards;
    private final WorkshopService workshops;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;
    private final org.springframework.context.ApplicationEventPublisher events;

    ModerationService(CardService cards, WorkshopService workshops, JdbcTemplate jdbc, Clock clock,
                      SecurityContextHolderStrategy security, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.cards = cards;
        this.workshops = workshops;
        this.jdbc = jdbc;
        this.clock = clock;
        this.security = security;
    }

    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    @Transactional
    public CardSnapshot hideCard(long workshopId, long cardId, String reason) {
        CardSnapshot card = requireCard(workshopId, cardId);
        CardSnapshot hidden = cards.setHidden(card.id(), true, reason);
        audit(workshopId, "hide-card", excerpt(card.text()), hidden.hiddenReason(), null);
        return hidden;
    }

    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    @Transactional
    public CardSnapshot restoreCard(long workshopId, long cardId) {
        CardSnapshot card = requireCard(workshopId, cardId);
        CardSnapshot restored = cards.setHidden(card.id(), false, null);
        audit(workshopId, "restore-card", excerpt(card.text()), null, null);
        return restored;
    }

    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    @Transactional
    public void removeParticipant(long workshopId, long participantId, String reason) {
        String cleanReason = Texts.require(reason, "reason", REASON_MAX);
        ParticipantInfo p = workshops.requireParticipant(participantId);
        if (p.workshopId() != workshopId) {
            throw new NotAllowedException("participant.unknown");
        }
        workshops.removeParticipant(participantId);
        audit(workshopId, "remove-participant", p.displayName() + " (" + p.groupName() + ")", cleanReason, p.id());
    }

    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public List<AuditEntry> audit(long workshopId) {
        return jdbc.query("select actor, action, target, reason, at from audit_entry where workshop_id = ? "
                + "order by at desc, id desc", (rs, i) -> new AuditEntry(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()), workshopId);
    }

    private CardSnapshot requireCard(long workshopId, long cardId) {
        return cards.workshopCards(workshopId).stream().filter(c -> c.id() == cardId).findFirst()
                .orElseThrow(() -> new vn.toadam.base.NotFoundException("card.not-found"));
    }

    private void audit(long workshopId, String action, String target, String reason, Long removedParticipantId) {
        AuditEntry entry = new AuditEntry(security.getContext().getAuthentication().getName(), action, target, reason,
                clock.instant());
        jdbc.update("insert into audit_entry (workshop_id, actor, action, target, reason, at) values (?, ?, ?, ?, ?, ?)",
                workshopId, entry.actor(), action, target, reason, Timestamp.from(entry.at()));
        events.publishEvent(new ModerationLogged(workshopId, entry, removedParticipantId));
    }

    private static String excerpt(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
