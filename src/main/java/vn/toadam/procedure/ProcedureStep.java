package vn.toadam.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One step of a procedure template, e.g. "Cử thư ký ghi biên bản". */
@Entity
@Table(name = "procedure_step")
public class ProcedureStep {

    public static final int TITLE_MAX = 300;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int MINUTES_MAX = 240;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private ProcedureTemplate template;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepSection section;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = TITLE_MAX)
    @Column(name = "title_en", length = TITLE_MAX)
    private String titleEn;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Size(max = DESCRIPTION_MAX)
    @Column(name = "description_en", length = DESCRIPTION_MAX)
    private String descriptionEn;

    @Min(0)
    @Max(MINUTES_MAX)
    @Column(name = "planned_minutes", nullable = false)
    private int plannedMinutes;

    @Column(nullable = false)
    private boolean optional;

    protected ProcedureStep() {
    }

    ProcedureStep(ProcedureTemplate template, StepView v) {
        this.template = template;
        apply(v);
    }

    void apply(StepView v) {
        this.position = v.position();
        this.section = v.section();
        this.title = v.title();
        this.titleEn = v.titleEn();
        this.description = v.description();
        this.descriptionEn = v.descriptionEn();
        this.plannedMinutes = v.plannedMinutes();
        this.optional = v.optional();
    }

    StepView view() {
        return new StepView(id, position, section, title, titleEn, description, descriptionEn, plannedMinutes, optional);
    }

    Long getId() {
        return id;
    }
}
