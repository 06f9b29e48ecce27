package vn.toadam.synthesis;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A recommendation or lesson learnt (kiến nghị / bài học kinh nghiệm) with the cards that support it. */
@Entity
@Table(name = "recommendation")
class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workshop_id", nullable = false)
    private long workshopId;

    @Column(nullable = false, length = RecommendationView.TITLE_MAX)
    private String title;

    @Column(length = RecommendationView.BODY_MAX)
    private String body;

    @Column(length = RecommendationView.CATEGORY_MAX)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RecommendationView.Priority priority = RecommendationView.Priority.MEDIUM;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RecommendationView.Status status = RecommendationView.Status.DRAFT;

    @Column(length = RecommendationView.OWNER_MAX)
    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "recommendation_card", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "card_id")
    private Set<Long> cardIds = new LinkedHashSet<>();

    protected Recommendation() {
    }

    Recommendation(long workshopId, String title, String category, Set<Long> cardIds, int position, Instant now) {
        this.workshopId = workshopId;
        this.title = title;
        this.category = category;
        this.cardIds.addAll(cardIds);
        this.position = position;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(RecommendationView edited, Instant now) {
        this.title = edited.title();
        this.body = edited.body();
        this.category = edited.category();
        this.priority = edited.priority();
        this.status = edited.status();
        this.owner = edited.owner();
        this.dueOn = edited.dueOn();
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getWorkshopId() {
        return workshopId;
    }

    long getVersion() {
        return version;
    }

    int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    Set<Long> getCardIds() {
        return cardIds;
    }

    RecommendationView view(java.util.List<RecommendationView.Source> sources) {
        return new RecommendationView(id, workshopId, title, body, category, priority, status, owner, dueOn,
                position, version, sources);
    }
}
