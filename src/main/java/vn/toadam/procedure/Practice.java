package vn.toadam.procedure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.toadam.base.NotAllowedException;

/**
 * A group's practice of one procedure: who plays which role, and the live step tracker. The tracker is a small
 * state machine (not started → running → ended); every time is stored, so it survives reloads and restarts.
 */
@Entity
@Table(name = "practice")
class Practice {

    static final int NAME_MAX = PracticeLimits.NAME_MAX;
    static final int MEMBERS_MAX = PracticeLimits.MEMBERS_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Column(name = "chair_name", length = NAME_MAX)
    private String chairName;

    @Column(name = "chair_id")
    private Long chairId;

    @Column(name = "secretary_name", length = NAME_MAX)
    private String secretaryName;

    @Column(name = "leader_id")
    private Long leaderId;

    @Column(length = MEMBERS_MAX)
    private String members;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PracticeStatus status = PracticeStatus.NOT_STARTED;

    @Column(name = "current_position")
    private Integer currentPosition;

    @Column(name = "current_started_at")
    private Instant currentStartedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "practice", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PracticeStep> steps = new ArrayList<>();

    protected Practice() {
    }

    Practice(long groupId, long templateId) {
        this.groupId = groupId;
        this.templateId = templateId;
    }

    void setRoles(String chairName, Long chairId, String secretaryName, Long leaderId, String members) {
        this.chairName = chairName;
        this.chairId = chairId;
        this.secretaryName = secretaryName;
        this.leaderId = leaderId;
        this.members = members;
    }

    void start(int firstPosition, Instant now) {
        require(status == PracticeStatus.NOT_STARTED);
        status = PracticeStatus.RUNNING;
        startedAt = now;
        enter(firstPosition, now);
    }

    /** Moves to {@code position} (the next or previous step), counting the time on the step being left. */
    void moveTo(int position, Instant now) {
        require(status == PracticeStatus.RUNNING);
        leave(now);
        enter(position, now);
    }

    void skipTo(int position, Instant now) {
        require(status == PracticeStatus.RUNNING);
        step(currentPosition).skip();
        leave(now);
        enter(position, now);
    }

    void end(Instant now) {
        require(status == PracticeStatus.RUNNING);
        leave(now);
        currentPosition = null;
        status = PracticeStatus.ENDED;
        endedAt = now;
    }

    private void enter(int position, Instant now) {
        currentPosition = position;
        currentStartedAt = now;
        step(position).visit();
    }

    private void leave(Instant now) {
        step(currentPosition).add(Duration.between(currentStartedAt, now).toSeconds());
        currentStartedAt = null;
    }

    private PracticeStep step(int position) {
        return steps.stream().filter(s -> s.position() == position).findFirst().orElseGet(() -> {
            PracticeStep created = new PracticeStep(this, position);
            steps.add(created);
            return created;
        });
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new NotAllowedException("practice.state.changed");
        }
    }

    Long getId() {
        return id;
    }

    long getGroupId() {
        return groupId;
    }

    long getTemplateId() {
        return templateId;
    }

    Long getChairId() {
        return chairId;
    }

    Long getLeaderId() {
        return leaderId;
    }

    PracticeStatus getStatus() {
        return status;
    }

    Integer getCurrentPosition() {
        return currentPosition;
    }

    PracticeSnapshot view(List<PracticeSnapshot.Note> notes, java.util.Map<Long, Integer> scores) {
        return new PracticeSnapshot(id, groupId, templateId, chairName, chairId, secretaryName, leaderId, members,
                status, currentPosition, currentStartedAt, startedAt, endedAt, version,
                steps.stream().map(PracticeStep::view).toList(), notes, scores);
    }
}
