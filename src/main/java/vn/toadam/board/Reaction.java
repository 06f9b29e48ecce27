package vn.toadam.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A +1 on a card; at most one per participant per card (a unique constraint). */
@Entity
@Table(name = "reaction")
class Reaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "card_id", nullable = false)
    private long cardId;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Reaction() {
    }

    Reaction(long cardId, long participantId, Instant createdAt) {
        this.cardId = cardId;
        this.participantId = participantId;
        this.createdAt = createdAt;
    }

    long getCardId() {
        return cardId;
    }

    long getParticipantId() {
        return participantId;
    }
}
