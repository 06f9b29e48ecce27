package vn.toadam.procedure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ordered steps of a cell meeting as a guide prescribes them, with a rubric. Built-in templates (the central
 * guide's) are never changed; trainers copy them and edit the copies, since the guide itself changes.
 */
@Entity
@Table(name = "procedure_template")
public class ProcedureTemplate {

    public static final int NAME_MAX = 200;
    public static final int LEGAL_BASIS_MAX = 300;
    public static final int MIN_MINUTES_MAX = 600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProcedureKind kind;

    @Size(max = LEGAL_BASIS_MAX)
    @Column(name = "legal_basis", length = LEGAL_BASIS_MAX)
    private String legalBasis;

    @Column(name = "min_minutes", nullable = false)
    private int minMinutes;

    @Column(nullable = false)
    private boolean builtin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProcedureStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RubricCriterion> criteria = new ArrayList<>();

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("minPoints desc")
    private List<RubricBand> bands = new ArrayList<>();

    protected ProcedureTemplate() {
    }

    ProcedureTemplate(TemplateView source, String name, Instant createdAt) {
        this.name = name;
        this.kind = source.kind();
        this.legalBasis = source.legalBasis();
        this.minMinutes = source.minMinutes();
        this.builtin = false;
        this.createdAt = createdAt;
        source.steps().forEach(s -> steps.add(new ProcedureStep(this, s)));
        source.rubric().criteria().forEach(c -> criteria.add(new RubricCriterion(this, c)));
        source.rubric().bands().forEach(b -> bands.add(new RubricBand(this, b)));
    }

    TemplateView view() {
        return new TemplateView(id, name, kind, legalBasis, minMinutes, builtin,
                steps.stream().map(ProcedureStep::view).sorted(Comparator.comparingInt(StepView::position)).toList(),
                new Rubric(criteria.stream().map(RubricCriterion::view).toList(),
                        bands.stream().map(RubricBand::view).toList()));
    }

    /** Replaces the header, steps and rubric; steps keep their ids where the edited list still has them. */
    void update(TemplateView edited) {
        this.name = edited.name();
        this.kind = edited.kind();
        this.legalBasis = edited.legalBasis();
        this.minMinutes = edited.minMinutes();
        List<ProcedureStep> kept = new ArrayList<>();
        for (StepView s : edited.steps()) {
            ProcedureStep step = s.id() == null ? null
                    : steps.stream().filter(existing -> s.id().equals(existing.getId())).findFirst().orElse(null);
            if (step == null) {
                step = new ProcedureStep(this, s);
            } else {
                step.apply(s);
            }
            kept.add(step);
        }
        steps.clear();
        steps.addAll(kept);
        criteria.clear();
        edited.rubric().criteria().forEach(c -> criteria.add(new RubricCriterion(this, c)));
        bands.clear();
        edited.rubric().bands().forEach(b -> bands.add(new RubricBand(this, b)));
    }

    Long getId() {
        return id;
    }

    boolean isBuiltin() {
        return builtin;
    }
}
