package vn.toadam.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A short answer under a card. */
@Entity
@Table(name = "reply")
public class Reply {

    public static final int TEXT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "card_id", nullable = false)
    private long cardId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Reply() {
    }

    Reply(long cardId, long authorId, String text, Instant createdAt) {
        this.cardId = cardId;
        this.authorId = authorId;
        this.text = text;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getCardId() {
        return cardId;
    }

    long getAuthorId() {
        return authorId;
    }

    String getText() {
        return text;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
