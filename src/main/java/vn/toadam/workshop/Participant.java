package vn.toadam.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A person who joined a workshop with its code (no account). */
@Entity
@Table(name = "participant")
public class Participant {

    public static final int NAME_MAX = 60;
    static final int DEVICE_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private WorkshopGroup group;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipantRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(nullable = false)
    private boolean removed;

    /** The browser this learner joined from; null for a learner a moderator added without a device. */
    @Column(name = "device_id", length = DEVICE_MAX)
    private String device;

    protected Participant() {
    }

    Participant(Workshop workshop, WorkshopGroup group, String displayName, ParticipantRole role, Instant joinedAt) {
        this.workshop = workshop;
        this.group = group;
        this.displayName = displayName;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    Participant from(String browserDevice) {
        this.device = browserDevice == null || browserDevice.length() > DEVICE_MAX ? null : browserDevice;
        return this;
    }

    public String getDevice() {
        return device;
    }

    public boolean isRemoved() {
        return removed;
    }

    void setRole(ParticipantRole role) {
        this.role = role;
    }

    void remove() {
        this.removed = true;
    }

    public Long getId() {
        return id;
    }

    public Workshop getWorkshop() {
        return workshop;
    }

    public WorkshopGroup getGroup() {
        return group;
    }

    public String getDisplayName() {
        return displayName;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
