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

/** A criterion of a template's rubric, e.g. "Nội dung và cách tiến hành" worth 30 points. */
@Entity
@Table(name = "rubric_criterion")
class RubricCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private ProcedureTemplate template;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    protected RubricCriterion() {
    }

    RubricCriterion(ProcedureTemplate template, Rubric.Criterion c) {
        this.template = template;
        this.position = c.position();
        this.name = c.name();
        this.nameEn = c.nameEn();
        this.maxPoints = c.maxPoints();
    }

    Rubric.Criterion view() {
        return new Rubric.Criterion(id, position, name, nameEn, maxPoints);
    }
}
