package vn.toadam.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A contribution on a group board: an advantage, difficulty, experience or solution. */
@Entity
@Table(name = "card")
public class Card {

    public static final int TEXT_MAX = 1000;
    public static final int CLIENT_KEY_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workshop_id", nullable = false)
    private long workshopId;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "card_type", nullable = false, length = 20)
    private CardType type;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "answers_card_id")
    private Long answersCardId;

    @Column(name = "step_id")
    private Long stepId;

    @NotBlank
    @Size(max = CLIENT_KEY_MAX)
    @Column(name = "client_key", nullable = false, length = CLIENT_KEY_MAX)
    private String clientKey;

    @Column(nullable = false)
    private boolean deleted;

    private boolean hidden;

    @Column(name = "posted_by", length = 100)
    private String postedBy;

    @Column(name = "hidden_reason", length = CardSnapshot.HIDDEN_REASON_MAX)
    private String hiddenReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Card() {
    }

    Card(long workshopId, long groupId, long authorId, CardType type, String text, String clientKey, Instant now) {
        this.workshopId = workshopId;
        this.groupId = groupId;
        this.authorId = authorId;
        this.type = type;
        this.text = text;
        this.clientKey = clientKey;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(String text, Instant now) {
        this.text = text;
        this.updatedAt = now;
    }

    void tieToStep(Long stepId, Instant now) {
        this.stepId = stepId;
        this.updatedAt = now;
    }

    void delete(Instant now) {
        this.deleted = true;
        this.updatedAt = now;
    }

    void answer(Long difficultyId, Instant now) {
        this.answersCardId = difficultyId;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getWorkshopId() {
        return workshopId;
    }

    public long getGroupId() {
        return groupId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public CardType getType() {
        return type;
    }

    public String getText() {
        return text;
    }

    public Long getAnswersCardId() {
        return answersCardId;
    }

    public Long getStepId() {
        return stepId;
    }

    public String getClientKey() {
        return clientKey;
    }

    public String getPostedBy() {
        return postedBy;
    }

    void postedBy(String moderator) {
        this.postedBy = moderator;
    }

    public boolean isHidden() {
        return hidden;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    void hide(String reason, java.time.Instant now) {
        this.hidden = true;
        this.hiddenReason = reason;
        this.updatedAt = now;
    }

    void restore(java.time.Instant now) {
        this.hidden = false;
        this.hiddenReason = null;
        this.updatedAt = now;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
