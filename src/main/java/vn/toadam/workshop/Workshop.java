package vn.toadam.workshop;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "workshop")
public class Workshop {

    public static final int TITLE_MAX = 200;
    public static final int CLASS_NAME_MAX = 200;
    public static final int PLACE_MAX = 200;
    public static final int GROUPS_MIN = 1;
    public static final int GROUPS_MAX = 12;
    public static final int DEFAULT_GROUPS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = CLASS_NAME_MAX)
    @Column(name = "class_name", length = CLASS_NAME_MAX)
    private String className;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Size(max = PLACE_MAX)
    @Column(length = PLACE_MAX)
    private String place;

    @Column(name = "join_code", nullable = false, unique = true, length = JoinCodes.LENGTH_MAX)
    private String joinCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkshopStatus status;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "workshop", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<WorkshopGroup> groups = new ArrayList<>();

    protected Workshop() {
    }

    public Workshop(String title, String className, LocalDate heldOn, String place, String joinCode,
                    String createdBy, Instant createdAt) {
        this.title = title;
        this.className = className;
        this.heldOn = heldOn;
        this.place = place;
        this.joinCode = joinCode;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = WorkshopStatus.OPEN;
    }

    public WorkshopGroup addGroup(String name) {
        WorkshopGroup group = new WorkshopGroup(this, groups.size() + 1, name);
        groups.add(group);
        return group;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getClassName() {
        return className;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public String getJoinCode() {
        return joinCode;
    }

    public WorkshopStatus getStatus() {
        return status;
    }

    void describe(String title, String className, LocalDate heldOn, String place) {
        this.title = title;
        this.className = className;
        this.heldOn = heldOn;
        this.place = place;
    }

    public void setStatus(WorkshopStatus status) {
        this.status = status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<WorkshopGroup> getGroups() {
        return groups;
    }
}
