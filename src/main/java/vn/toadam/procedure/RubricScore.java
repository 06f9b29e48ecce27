package vn.toadam.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Points a group gave its practice on one rubric criterion. */
@Entity
@Table(name = "rubric_score")
class RubricScore {

    @Embeddable
    record Key(@Column(name = "practice_id") long practiceId, @Column(name = "criterion_id") long criterionId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int points;

    protected RubricScore() {
    }

    RubricScore(long practiceId, long criterionId, int points) {
        this.key = new Key(practiceId, criterionId);
        this.points = points;
    }

    long criterionId() {
        return key.criterionId();
    }

    int points() {
        return points;
    }

    void setPoints(int points) {
        this.points = points;
    }
}
