package vn.toadam.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** An observer's strength or limitation note on one step of a practice. */
@Entity
@Table(name = "step_note")
class StepNote {

    static final int TEXT_MAX = PracticeLimits.NOTE_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoteKind kind;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StepNote() {
    }

    StepNote(long practiceId, int position, NoteKind kind, String text, long authorId, Instant createdAt) {
        this.practiceId = practiceId;
        this.position = position;
        this.kind = kind;
        this.text = text;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    long getAuthorId() {
        return authorId;
    }

    PracticeSnapshot.Note view(String authorName) {
        return new PracticeSnapshot.Note(id, position, kind, text, authorName, createdAt);
    }
}
