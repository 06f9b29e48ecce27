package vn.toadam.workshop;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotAllowedException;
import vn.toadam.base.NotFoundException;
import vn.toadam.base.Texts;
import vn.toadam.security.ModeratorRightsEnded;
import vn.toadam.security.ModeratorScope;

@Service
@Transactional(readOnly = true)
public class WorkshopService {

    static final String DEFAULT_GROUP_NAME = "Tổ ";
    /** Wrong join codes one browser may try within a minute before it has to wait (see {@link JoinThrottle}). */
    public static final int JOIN_FAILURES_PER_MINUTE = JoinThrottle.FAILURES_PER_BROWSER_PER_MINUTE;
    /** Wrong join codes all browsers behind one address may try within an hour. */
    public static final int JOIN_FAILURES_PER_ADDRESS_PER_HOUR = JoinThrottle.FAILURES_PER_ADDRESS_PER_HOUR;

    private final WorkshopRepository workshops;
    private final WorkshopGroupRepository groups;
    private final ParticipantRepository participants;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JoinThrottle joinThrottle;
    private final ModeratorScope moderatorScope;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final jakarta.persistence.EntityManager entityManager;

    WorkshopService(WorkshopRepository workshops, WorkshopGroupRepository groups,
                    ParticipantRepository participants, Clock clock, ApplicationEventPublisher events,
                    JoinThrottle joinThrottle, ModeratorScope moderatorScope, org.springframework.jdbc.core.JdbcTemplate jdbc,
                    jakarta.persistence.EntityManager entityManager) {
        this.joinThrottle = joinThrottle;
        this.moderatorScope = moderatorScope;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.events = events;
        this.workshops = workshops;
        this.groups = groups;
        this.participants = participants;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public WorkshopSummary create(NewWorkshop form, String createdBy) {
        String title = Texts.require(form.title(), "title", Workshop.TITLE_MAX);
        String className = Texts.optional(form.className(), "className", Workshop.CLASS_NAME_MAX);
        String place = Texts.optional(form.place(), "place", Workshop.PLACE_MAX);
        if (form.groupCount() < Workshop.GROUPS_MIN || form.groupCount() > Workshop.GROUPS_MAX) {
            throw new InvalidInputException("groupCount", "error.range", Workshop.GROUPS_MIN, Workshop.GROUPS_MAX);
        }
        Workshop workshop = new Workshop(title, className, form.heldOn(), place, uniqueCode(), createdBy,
                clock.instant());
        for (int i = 1; i <= form.groupCount(); i++) {
            workshop.addGroup(DEFAULT_GROUP_NAME + i);
        }
        WorkshopSummary created = WorkshopSummary.of(workshops.save(workshop));
        events.publishEvent(new WorkshopCreated(created.id(), null));
        return created;
    }

    /**
     * A new workshop with the details typed for it and the groups (names) and set-up of an earlier one, as a
     * template for the next class; no participants or cards are copied.
     */
    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public WorkshopSummary copy(long sourceId, NewWorkshop form, String createdBy) {
        Workshop source = require(sourceId);
        String title = Texts.require(form.title(), "title", Workshop.TITLE_MAX);
        Workshop copy = new Workshop(title, Texts.optional(form.className(), "className", Workshop.CLASS_NAME_MAX),
                form.heldOn(), Texts.optional(form.place(), "place", Workshop.PLACE_MAX), uniqueCode(), createdBy,
                clock.instant());
        source.getGroups().forEach(g -> copy.addGroup(g.getName()));
        WorkshopSummary created = WorkshopSummary.of(workshops.save(copy));
        events.publishEvent(new WorkshopCreated(created.id(), sourceId));
        return created;
    }

    /** Changes title, class, date and place. */
    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public WorkshopSummary update(long id, NewWorkshop form) {
        Workshop workshop = require(id);
        workshop.describe(Texts.require(form.title(), "title", Workshop.TITLE_MAX),
                Texts.optional(form.className(), "className", Workshop.CLASS_NAME_MAX), form.heldOn(),
                Texts.optional(form.place(), "place", Workshop.PLACE_MAX));
        return WorkshopSummary.of(workshop);
    }

    /**
     * Deletes a workshop and everything in it. The trainer confirms by typing its title, so a slip of the mouse
     * cannot delete the wrong one.
     */
    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public void delete(long id, String typedTitle) {
        Workshop workshop = require(id);
        if (!Texts.clean(typedTitle == null ? "" : typedTitle).equals(workshop.getTitle())) {
            throw new InvalidInputException("confirm", "workshop.delete.mismatch");
        }
        participants.findByWorkshopIdOrderByDisplayName(id).stream()
                .filter(p -> p.getRole() == ParticipantRole.MODERATOR)
                .forEach(p -> events.publishEvent(new ModeratorRightsEnded(p.getId())));
        events.publishEvent(new WorkshopDeleting(id, workshop.getGroups().stream().map(WorkshopGroup::getId).toList()));
        entityManager.detach(workshop);
        jdbc.update("delete from participant where workshop_id = ?", id);
        jdbc.update("delete from workshop_group where workshop_id = ?", id);
        jdbc.update("delete from workshop where id = ?", id);
    }

    private Workshop require(long id) {
        return workshops.findWithGroupsById(id).orElseThrow(() -> new NotFoundException("workshop.not-found"));
    }

    private String uniqueCode() {
        String code;
        do {
            code = JoinCodes.next();
        } while (workshops.existsByJoinCode(code));
        return code;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'MODERATOR')")
    public List<WorkshopSummary> list() {
        return workshops.findAllByOrderByCreatedAtDesc().stream().filter(w -> moderatorScope.mayModerate(w.getId()))
                .map(WorkshopSummary::of).toList();
    }

    @PreAuthorize("@moderatorScope.mayModerate(#id)")
    public WorkshopSummary get(long id) {
        return workshops.findWithGroupsById(id).map(WorkshopSummary::of)
                .orElseThrow(() -> new NotFoundException("workshop.not-found"));
    }

    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public WorkshopSummary renameGroup(long groupId, String name) {
        String clean = Texts.require(name, "groupName", WorkshopGroup.NAME_MAX);
        WorkshopGroup group = groups.findById(groupId).orElseThrow(() -> new NotFoundException("group.not-found"));
        group.rename(clean);
        return WorkshopSummary.of(group.getWorkshop());
    }

    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public WorkshopSummary setStatus(long workshopId, WorkshopStatus status) {
        Workshop workshop = workshops.findWithGroupsById(workshopId)
                .orElseThrow(() -> new NotFoundException("workshop.not-found"));
        workshop.setStatus(status);
        return WorkshopSummary.of(workshop);
    }

    /** What the join page shows once a code is typed: the workshop and its groups, if it is open. */
    public WorkshopSummary findOpenByCode(String typedCode) {
        return findOpenByCode(typedCode, Requester.LOCAL);
    }

    /**
     * Like {@link #findOpenByCode(String)} for a browser at an address: after too many wrong codes that browser
     * (or, far later, its address) is asked to try later, so codes cannot be guessed by trying them all.
     */
    public WorkshopSummary findOpenByCode(String typedCode, Requester from) {
        String code = JoinCodes.normalize(typedCode);
        if (code.isEmpty()) {
            throw new InvalidInputException("code", "error.required");
        }
        joinThrottle.check(from, code);
        Workshop workshop = workshops.findByJoinCode(code).orElseThrow(() -> {
            joinThrottle.wrongCode(from, code);
            return new InvalidInputException("code", "join.code.unknown");
        });
        if (workshop.getStatus() != WorkshopStatus.OPEN) {
            throw new InvalidInputException("code", "join.code.closed");
        }
        return WorkshopSummary.of(workshop);
    }

    @Transactional
    public ParticipantInfo join(String typedCode, String displayName, Long groupId) {
        return join(typedCode, displayName, groupId, Requester.LOCAL);
    }

    @Transactional
    public ParticipantInfo join(String typedCode, String displayName, Long groupId, Requester from) {
        WorkshopSummary workshop = findOpenByCode(typedCode, from);
        String name = Texts.require(displayName, "name", Participant.NAME_MAX);
        if (groupId == null) {
            throw new InvalidInputException("group", "join.group.required");
        }
        WorkshopGroup group = groups.findById(groupId)
                .filter(g -> g.getWorkshop().getId() == workshop.id())
                .orElseThrow(() -> new InvalidInputException("group", "join.group.required"));
        Participant participant = participants.save(new Participant(group.getWorkshop(), group, name,
                ParticipantRole.LEARNER, clock.instant()).from(from.equals(Requester.LOCAL) ? null : from.device()));
        ParticipantInfo joined = ParticipantInfo.of(participant);
        events.publishEvent(new ParticipantJoined(workshop.id(), joined));
        return joined;
    }

    /** Re-reads a participant (e.g. from a cookie); empty when unknown or removed. A closed workshop stays readable. */
    public java.util.Optional<ParticipantInfo> participant(long participantId) {
        return participants.findWithWorkshopById(participantId).filter(p -> !p.isRemoved()).map(ParticipantInfo::of);
    }

    /**
     * A learner without a device, added by a moderator so cards can be posted for them; an existing participant
     * of the group with the same name is reused.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'MODERATOR')")
    public ParticipantInfo addLearnerWithoutDevice(long groupId, String displayName) {
        String name = Texts.require(displayName, "name", Participant.NAME_MAX);
        WorkshopGroup group = groups.findById(groupId).orElseThrow(() -> new NotFoundException("group.not-found"));
        moderatorScope.require(group.getWorkshop().getId());
        return participants.findByGroupIdOrderByDisplayName(groupId).stream()
                .filter(p -> !p.isRemoved() && p.getDisplayName().equals(name)).findFirst()
                .map(ParticipantInfo::of)
                .orElseGet(() -> ParticipantInfo.of(participants.save(new Participant(group.getWorkshop(), group, name,
                        ParticipantRole.LEARNER, clock.instant()))));
    }

    /**
     * The trainer makes a learner a moderator of their workshop (or a learner again: the moderator's screen they
     * signed in to closes at their next request).
     */
    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public ParticipantInfo setParticipantRole(long participantId, ParticipantRole role) {
        Participant p = participants.findWithWorkshopById(participantId).filter(x -> !x.isRemoved())
                .orElseThrow(() -> new NotFoundException("participant.unknown"));
        if (p.getRole() == ParticipantRole.MODERATOR && role != ParticipantRole.MODERATOR) {
            events.publishEvent(new ModeratorRightsEnded(p.getId()));
        }
        p.setRole(role);
        return ParticipantInfo.of(p);
    }

    /** Takes a participant out of a workshop (moderation): they can no longer read or post; their cards stay. */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'MODERATOR')")
    public ParticipantInfo removeParticipant(long participantId) {
        Participant p = participants.findWithWorkshopById(participantId)
                .orElseThrow(() -> new NotFoundException("participant.unknown"));
        moderatorScope.require(p.getWorkshop().getId());
        p.remove();
        events.publishEvent(new ModeratorRightsEnded(p.getId())); // if they moderated, no longer
        return ParticipantInfo.of(p);
    }

    /** For reading: the participant, whatever the workshop's status. */
    public ParticipantInfo requireParticipant(long participantId) {
        return participant(participantId).orElseThrow(() -> new NotAllowedException("participant.unknown"));
    }

    /** The people of a group, for choosing roles. */
    public java.util.List<ParticipantInfo> groupMembers(long groupId) {
        return participants.findByGroupIdOrderByDisplayName(groupId).stream().map(ParticipantInfo::of).toList();
    }

    /** Everyone who joined a workshop, by name; for trainers and moderators (attendance, exports). */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public java.util.List<ParticipantInfo> participantsOf(long workshopId) {
        return participants.findByWorkshopIdOrderByDisplayName(workshopId).stream().map(ParticipantInfo::of).toList();
    }

    /** Everyone who joined a workshop, by name, and whether they were removed: one query for the moderator's list. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public java.util.List<RosterEntry> roster(long workshopId) {
        return participants.findByWorkshopIdOrderByDisplayName(workshopId).stream()
                .map(p -> new RosterEntry(ParticipantInfo.of(p), p.isRemoved())).toList();
    }

    /** Display names of participants, for showing authors. */
    public java.util.Map<Long, String> names(java.util.Collection<Long> participantIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        participants.findAllById(participantIds).forEach(p -> names.put(p.getId(), p.getDisplayName()));
        return names;
    }

    /** For other features' permission checks: throws unless the participant may act in an open workshop. */
    public ParticipantInfo requireActiveParticipant(long participantId) {
        Participant p = participants.findWithWorkshopById(participantId).filter(x -> !x.isRemoved())
                .orElseThrow(() -> new NotAllowedException("participant.unknown"));
        if (p.getWorkshop().getStatus() != WorkshopStatus.OPEN) {
            throw new NotAllowedException("workshop.closed");
        }
        return ParticipantInfo.of(p);
    }
}
