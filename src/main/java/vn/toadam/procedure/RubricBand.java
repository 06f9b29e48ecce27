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

/** A rating band of a rubric, e.g. "Tốt" from 90 points. */
@Entity
@Table(name = "rubric_band")
class RubricBand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private ProcedureTemplate template;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "name_en", length = 60)
    private String nameEn;

    @Column(name = "min_points", nullable = false)
    private int minPoints;

    protected RubricBand() {
    }

    RubricBand(ProcedureTemplate template, Rubric.Band b) {
        this.template = template;
        this.name = b.name();
        this.nameEn = b.nameEn();
        this.minPoints = b.minPoints();
    }

    Rubric.Band view() {
        return new Rubric.Band(name, nameEn, minPoints);
    }
}
