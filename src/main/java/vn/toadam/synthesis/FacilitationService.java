package vn.toadam.synthesis;

import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toadam.base.ConflictException;
import vn.toadam.base.InvalidInputException;
import vn.toadam.board.PostingPolicy;
import vn.toadam.workshop.WorkshopService;

/** The moderator's controls of a workshop: phase, countdown, voting limits; read by every screen. */
@Service
public class FacilitationService implements PostingPolicy, vn.toadam.board.CardVisibility {

    public static final int TIMER_MINUTES_MAX = 120;
    public static final int VOTES_PER_PERSON_MAX = 20;

    private final FacilitationRepository facilitations;
    private final WorkshopService workshops;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    FacilitationService(FacilitationRepository facilitations, WorkshopService workshops,
                        ApplicationEventPublisher events, PlatformTransactionManager txManager, Clock clock,
                        org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.facilitations = facilitations;
        this.workshops = workshops;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    /** The state of a workshop (the defaults until the moderator changes something). */
    public FacilitationView view(long workshopId) {
        return facilitations.findById(workshopId).orElseGet(() -> new Facilitation(workshopId))
                .view(revealedGroups(workshopId));
    }

    private java.util.Set<Long> revealedGroups(long workshopId) {
        return new java.util.HashSet<>(jdbc.queryForList("select group_id from revealed_group where workshop_id = ?",
                Long.class, workshopId));
    }

    @Override
    public java.util.function.Predicate<vn.toadam.board.CardSnapshot> filterFor(vn.toadam.workshop.ParticipantInfo viewer) {
        FacilitationView state = view(viewer.workshopId());
        return card -> card.authorId() == viewer.id() || state.revealed(card.groupId());
    }

    @Override
    public boolean showsAuthors(long workshopId) {
        return !view(workshopId).anonymous();
    }

    /** While on, a learner sees only their own cards until the moderator reveals their group's. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public FacilitationView hideUntilReveal(long workshopId, boolean hide) {
        return change(workshopId, f -> f.hideUntilReveal(hide));
    }

    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public FacilitationView anonymous(long workshopId, boolean anonymous) {
        return change(workshopId, f -> f.anonymous(anonymous));
    }

    /** Reveals one group's cards to its members, or every group's when {@code groupId} is null. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public FacilitationView reveal(long workshopId, Long groupId) {
        java.util.List<Long> groups = workshops.get(workshopId).groups().stream()
                .map(vn.toadam.workshop.WorkshopSummary.GroupInfo::id)
                .filter(id -> groupId == null || id.equals(groupId)).toList();
        return change(workshopId, f -> groups.forEach(g -> {
            jdbc.update("delete from revealed_group where workshop_id = ? and group_id = ?", workshopId, g);
            jdbc.update("insert into revealed_group (workshop_id, group_id) values (?, ?)", workshopId, g);
        }));
    }

    public FacilitationView forParticipant(long participantId) {
        return view(workshops.requireParticipant(participantId).workshopId());
    }

    @Override
    public void checkMayPost(long workshopId) {
        if (!view(workshopId).postingOpen()) {
            throw new InvalidInputException("text", "phase.posting-closed");
        }
    }

    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public FacilitationView forward(long workshopId) {
        return change(workshopId, f -> {
            Phase[] phases = Phase.values();
            f.moveTo(phases[Math.min(f.phase().ordinal() + 1, phases.length - 1)]);
        });
    }

    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public FacilitationView back(long workshopId) {
        return change(workshopId, f -> f.moveTo(Phase.values()[Math.max(f.phase().ordinal() - 1, 0)]));
    }

    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public FacilitationView reopenPosting(long workshopId, boolean reopened) {
        return change(workshopId, f -> f.reopenPosting(reopened));
    }

    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public FacilitationView startTimer(long workshopId, Integer minutes) {
        if (minutes == null || minutes < 1 || minutes > TIMER_MINUTES_MAX) {
            throw new InvalidInputException("minutes", "error.range", 1, TIMER_MINUTES_MAX);
        }
        return change(workshopId, f -> f.startTimer(minutes * 60,
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    }

    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public FacilitationView stopTimer(long workshopId) {
        return change(workshopId, Facilitation::stopTimer);
    }

    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public FacilitationView limitVotes(long workshopId, Integer perPerson, Integer perCard) {
        if (perPerson == null || perPerson < 1 || perPerson > VOTES_PER_PERSON_MAX) {
            throw new InvalidInputException("votesPerPerson", "error.range", 1, VOTES_PER_PERSON_MAX);
        }
        if (perCard == null || perCard < 1 || perCard > perPerson) {
            throw new InvalidInputException("votesPerCard", "error.range", 1, perPerson);
        }
        return change(workshopId, f -> f.limitVotes(perPerson, perCard));
    }

    private FacilitationView change(long workshopId, Consumer<Facilitation> change) {
        workshops.get(workshopId);
        try {
            FacilitationView changed = tx.execute(status -> {
                Facilitation f = facilitations.findForUpdate(workshopId)
                        .orElseGet(() -> facilitations.saveAndFlush(new Facilitation(workshopId)));
                change.accept(f);
                FacilitationView view = facilitations.saveAndFlush(f).view(revealedGroups(workshopId));
                events.publishEvent(new FacilitationChanged(view));
                return view;
            });
            return changed;
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
            throw new ConflictException("phase.changed-meanwhile");
        }
    }
}
