package vn.toadam.procedure;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toadam.base.ConflictException;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotAllowedException;
import vn.toadam.base.NotFoundException;
import vn.toadam.base.Texts;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/**
 * A group's practice meetings: roles, the live step tracker, per-step notes and the rubric score. Every write
 * checks that the participant belongs to the group, commits, then announces a {@link PracticeChanged}.
 */
@Service
public class PracticeService {

    private final PracticeRepository practices;
    private final StepNoteRepository notes;
    private final RubricScoreRepository scores;
    private final ProcedureService procedures;
    private final WorkshopService workshops;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    PracticeService(PracticeRepository practices, StepNoteRepository notes, RubricScoreRepository scores,
                    ProcedureService procedures, WorkshopService workshops, ApplicationEventPublisher events,
                    PlatformTransactionManager txManager, Clock clock) {
        this.practices = practices;
        this.notes = notes;
        this.scores = scores;
        this.procedures = procedures;
        this.workshops = workshops;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    /** The participant's group's practice of every template the workshop practises (made on first use). */
    public List<PracticeSnapshot> practices(long participantId) {
        ParticipantInfo me = workshops.requireParticipant(participantId);
        List<PracticeSnapshot> result = new ArrayList<>();
        for (TemplateView template : procedures.practisedBy(me.workshopId())) {
            result.add(findOrCreate(me.groupId(), template.id()));
        }
        return result;
    }

    /** The practices the groups of a workshop have begun (roles, steps, notes, scores); for its moderators. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public List<PracticeSnapshot> workshopPractices(long workshopId) {
        List<Long> groupIds = workshops.get(workshopId).groups().stream().map(WorkshopSummary.GroupInfo::id).toList();
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return tx.execute(status -> practices.findByGroupIdInOrderById(groupIds).stream().map(this::snapshot).toList());
    }

    private PracticeSnapshot findOrCreate(long groupId, long templateId) {
        try {
            return write(() -> snapshot(practices.findByGroupIdAndTemplateId(groupId, templateId)
                    .orElseGet(() -> practices.saveAndFlush(new Practice(groupId, templateId)))));
        } catch (DataIntegrityViolationException createdInParallel) {
            return write(() -> snapshot(practices.findByGroupIdAndTemplateId(groupId, templateId).orElseThrow()));
        }
    }

    public PracticeSnapshot setRoles(long participantId, long practiceId, Roles roles) {
        return change(participantId, practiceId, false, practice -> {
            Set<Long> members = workshops.groupMembers(practice.getGroupId()).stream()
                    .map(ParticipantInfo::id).collect(Collectors.toCollection(HashSet::new));
            for (Long id : new Long[] {roles.chairId(), roles.leaderId()}) {
                if (id != null && !members.contains(id)) {
                    throw new InvalidInputException("chair", "practice.roles.not-member");
                }
            }
            practice.setRoles(Texts.optional(roles.chairName(), "chair", Practice.NAME_MAX), roles.chairId(),
                    Texts.optional(roles.secretaryName(), "secretary", Practice.NAME_MAX), roles.leaderId(),
                    Texts.optional(roles.members(), "members", Practice.MEMBERS_MAX));
        });
    }

    public PracticeSnapshot start(long participantId, long practiceId) {
        return change(participantId, practiceId, true, p -> p.start(1, clock.instant()));
    }

    public PracticeSnapshot next(long participantId, long practiceId) {
        return change(participantId, practiceId, true, p -> p.moveTo(neighbour(p, +1), clock.instant()));
    }

    public PracticeSnapshot back(long participantId, long practiceId) {
        return change(participantId, practiceId, true, p -> p.moveTo(neighbour(p, -1), clock.instant()));
    }

    public PracticeSnapshot skip(long participantId, long practiceId) {
        return change(participantId, practiceId, true, p -> p.skipTo(neighbour(p, +1), clock.instant()));
    }

    public PracticeSnapshot end(long participantId, long practiceId) {
        return change(participantId, practiceId, true, p -> p.end(clock.instant()));
    }

    private int neighbour(Practice practice, int direction) {
        if (practice.getCurrentPosition() == null) {
            throw new NotAllowedException("practice.state.changed");
        }
        int target = practice.getCurrentPosition() + direction;
        int last = procedures.template(practice.getTemplateId()).steps().size();
        if (target < 1) {
            throw new NotAllowedException("practice.first-step");
        }
        if (target > last) {
            throw new NotAllowedException("practice.last-step");
        }
        return target;
    }

    /** A strength or limitation noted on a step, during or after the meeting, by any member of the group. */
    public PracticeSnapshot addNote(long participantId, long practiceId, int position, NoteKind kind, String text) {
        return change(participantId, practiceId, false, practice -> {
            if (kind == null) {
                throw new InvalidInputException("kind", "error.required");
            }
            TemplateView template = procedures.template(practice.getTemplateId());
            if (position < 1 || position > template.steps().size()) {
                throw new InvalidInputException("step", "practice.step.unknown");
            }
            String clean = Texts.require(text, "note", StepNote.TEXT_MAX);
            notes.save(new StepNote(practice.getId(), position, kind, clean, participantId, clock.instant()));
        });
    }

    /**
     * Saves the rubric points as typed (criterion id → text). Blank means not scored yet; anything else must be a
     * whole number from 0 to the criterion's maximum, or it is refused with the criterion as the field.
     */
    public PracticeSnapshot score(long participantId, long practiceId, Map<Long, String> typedPoints) {
        return change(participantId, practiceId, false, practice -> {
            Rubric rubric = procedures.template(practice.getTemplateId()).rubric();
            Map<Long, RubricScore> existing = scores.findByKeyPracticeId(practice.getId()).stream()
                    .collect(Collectors.toMap(RubricScore::criterionId, s -> s));
            for (Rubric.Criterion criterion : rubric.criteria()) {
                String typed = typedPoints.get(criterion.id());
                String field = "criterion." + criterion.id();
                if (typed == null || typed.isBlank()) {
                    if (existing.containsKey(criterion.id())) {
                        scores.delete(existing.get(criterion.id()));
                    }
                    continue;
                }
                int points;
                try {
                    points = Integer.parseInt(typed.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(field, "rubric.points.number");
                }
                if (points < 0 || points > criterion.maxPoints()) {
                    throw new InvalidInputException(field, "error.range", 0, criterion.maxPoints());
                }
                RubricScore score = existing.get(criterion.id());
                if (score == null) {
                    scores.save(new RubricScore(practice.getId(), criterion.id(), points));
                } else {
                    score.setPoints(points);
                }
            }
        });
    }

    private interface Change {
        void apply(Practice practice);
    }

    private PracticeSnapshot change(long participantId, long practiceId, boolean tracker, Change change) {
        return write(() -> {
            ParticipantInfo me = workshops.requireActiveParticipant(participantId);
            Practice practice = practices.findById(practiceId)
                    .orElseThrow(() -> new NotFoundException("practice.not-found"));
            if (practice.getGroupId() != me.groupId()) {
                throw new NotAllowedException("practice.other-group");
            }
            if (tracker && !mayRunTracker(practice, me)) {
                throw new NotAllowedException("practice.not-chair");
            }
            change.apply(practice);
            practices.saveAndFlush(practice);
            scores.flush();
            PracticeSnapshot snapshot = snapshot(practice);
            events.publishEvent(new PracticeChanged(snapshot));
            return snapshot;
        });
    }

    /** The chair or the group leader runs the tracker; while neither is a participant, any member may. */
    static boolean mayRunTracker(Practice practice, ParticipantInfo me) {
        if (practice.getChairId() == null && practice.getLeaderId() == null) {
            return true;
        }
        return Long.valueOf(me.id()).equals(practice.getChairId()) || Long.valueOf(me.id()).equals(practice.getLeaderId());
    }

    /** Whether this participant may run the tracker of this practice (for showing the buttons). */
    public static boolean mayRunTracker(PracticeSnapshot practice, long participantId) {
        if (practice.chairId() == null && practice.leaderId() == null) {
            return true;
        }
        return Long.valueOf(participantId).equals(practice.chairId())
                || Long.valueOf(participantId).equals(practice.leaderId());
    }

    private PracticeSnapshot snapshot(Practice practice) {
        List<StepNote> list = notes.findByPracticeIdOrderByCreatedAtAsc(practice.getId());
        Map<Long, String> names = workshops.names(list.stream().map(StepNote::getAuthorId).collect(Collectors.toSet()));
        Map<Long, Integer> points = scores.findByKeyPracticeId(practice.getId()).stream()
                .collect(Collectors.toMap(RubricScore::criterionId, RubricScore::points));
        return practice.view(list.stream().map(n -> n.view(names.get(n.getAuthorId()))).toList(), points);
    }

    private <T> T write(Supplier<T> work) {
        try {
            return tx.execute(status -> work.get());
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("practice.changed-meanwhile");
        }
    }
}
