package vn.toadam.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** How one step of a group's practice went: time spent on it (all visits together), skipped or not. */
@Entity
@Table(name = "practice_step")
class PracticeStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id")
    private Practice practice;

    @Column(nullable = false)
    private int position;

    @Column(name = "elapsed_seconds", nullable = false)
    private long elapsedSeconds;

    @Column(nullable = false)
    private boolean visited;

    @Column(nullable = false)
    private boolean skipped;

    protected PracticeStep() {
    }

    PracticeStep(Practice practice, int position) {
        this.practice = practice;
        this.position = position;
    }

    int position() {
        return position;
    }

    void visit() {
        visited = true;
        skipped = false;
    }

    void add(long seconds) {
        elapsedSeconds += Math.max(0, seconds);
    }

    void skip() {
        skipped = true;
    }

    PracticeSnapshot.StepProgress view() {
        return new PracticeSnapshot.StepProgress(position, elapsedSeconds, visited, skipped);
    }
}
