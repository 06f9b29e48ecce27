package vn.toadam.synthesis;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toadam.base.NotAllowedException;
import vn.toadam.base.NotFoundException;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;

/**
 * Dot voting in the voting phase. A person's votes are counted under a lock on that person's row, so two tabs
 * clicking at once cannot go past the limits; the limits come from the workshop's facilitation.
 */
@Service
public class VoteService {

    /** A card's total, the caller's votes on it and the caller's votes left, after a change. */
    public record Tally(long cardId, int total, int mine, int votesLeft) {
    }

    private final JdbcTemplate jdbc;
    private final WorkshopService workshops;
    private final FacilitationService facilitation;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    VoteService(JdbcTemplate jdbc, WorkshopService workshops, FacilitationService facilitation,
                ApplicationEventPublisher events, PlatformTransactionManager txManager, Clock clock) {
        this.jdbc = jdbc;
        this.workshops = workshops;
        this.facilitation = facilitation;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    public Tally cast(long participantId, long cardId) {
        return change(participantId, cardId, (me, limits) -> {
            int used = count("select count(*) from vote where participant_id = ?", me.id());
            if (used >= limits.votesPerPerson()) {
                throw new NotAllowedException("vote.none-left", limits.votesPerPerson());
            }
            int onCard = count("select count(*) from vote where participant_id = ? and card_id = ?", me.id(), cardId);
            if (onCard >= limits.votesPerCard()) {
                throw new NotAllowedException("vote.card-max", limits.votesPerCard());
            }
            jdbc.update("insert into vote (card_id, participant_id, created_at) values (?, ?, ?)", cardId, me.id(),
                    Timestamp.from(clock.instant()));
        });
    }

    public Tally withdraw(long participantId, long cardId) {
        return change(participantId, cardId, (me, limits) -> {
            List<Long> mine = jdbc.queryForList("select id from vote where participant_id = ? and card_id = ? "
                    + "order by id desc", Long.class, me.id(), cardId);
            if (!mine.isEmpty()) {
                jdbc.update("delete from vote where id = ?", mine.get(0));
            }
        });
    }

    /** Vote totals of a group's cards (card id → votes). */
    public Map<Long, Integer> groupTotals(long groupId) {
        return totals("select v.card_id, count(*) from vote v join card c on c.id = v.card_id "
                + "where c.group_id = ? group by v.card_id", groupId);
    }

    /** Vote totals of all cards of a workshop; for moderators, trainers and the report. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public Map<Long, Integer> workshopTotals(long workshopId) {
        return totals("select v.card_id, count(*) from vote v join card c on c.id = v.card_id "
                + "where c.workshop_id = ? group by v.card_id", workshopId);
    }

    /** The participant's own votes (card id → votes). */
    public Map<Long, Integer> mine(long participantId) {
        return totals("select card_id, count(*) from vote where participant_id = ? group by card_id", participantId);
    }

    public int votesLeft(long participantId) {
        ParticipantInfo me = workshops.requireParticipant(participantId);
        return Math.max(0, facilitation.view(me.workshopId()).votesPerPerson()
                - count("select count(*) from vote where participant_id = ?", participantId));
    }

    private interface Change {
        void apply(ParticipantInfo me, FacilitationView limits);
    }

    private Tally change(long participantId, long cardId, Change change) {
        return tx.execute(status -> {
            ParticipantInfo me = workshops.requireActiveParticipant(participantId);
            FacilitationView limits = facilitation.view(me.workshopId());
            if (!limits.voting()) {
                throw new NotAllowedException("vote.not-voting");
            }
            jdbc.queryForList("select id from participant where id = ? for update", Long.class, me.id());
            List<Map<String, Object>> card = jdbc.queryForList(
                    "select group_id from card where id = ? and deleted = false", cardId);
            if (card.isEmpty()) {
                throw new NotFoundException("card.not-found");
            }
            if (((Number) card.get(0).get("group_id")).longValue() != me.groupId()) {
                throw new NotAllowedException("card.other-group");
            }
            change.apply(me, limits);
            int total = count("select count(*) from vote where card_id = ?", cardId);
            int mine = count("select count(*) from vote where card_id = ? and participant_id = ?", cardId, me.id());
            int left = limits.votesPerPerson() - count("select count(*) from vote where participant_id = ?", me.id());
            events.publishEvent(new VotesChanged(me.workshopId(), me.groupId(), cardId, total, me.id()));
            return new Tally(cardId, total, mine, Math.max(0, left));
        });
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private Map<Long, Integer> totals(String sql, Object... args) {
        Map<Long, Integer> totals = new HashMap<>();
        jdbc.query(sql, rs -> {
            totals.put(rs.getLong(1), rs.getInt(2));
        }, args);
        return totals;
    }
}
