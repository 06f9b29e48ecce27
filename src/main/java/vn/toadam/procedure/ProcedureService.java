package vn.toadam.procedure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotAllowedException;
import vn.toadam.base.NotFoundException;
import vn.toadam.base.Texts;
import vn.toadam.board.StepCatalog;
import vn.toadam.workshop.WorkshopCreated;
import vn.toadam.workshop.WorkshopDeleting;

/** Procedure templates (the guide's steps as data) and which of them a workshop practises. */
@Service
@Transactional(readOnly = true)
public class ProcedureService implements StepCatalog {

    private final ProcedureTemplateRepository templates;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProcedureService(ProcedureTemplateRepository templates, JdbcTemplate jdbc, Clock clock) {
        this.templates = templates;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<TemplateView> templates() {
        return templates.findAllByOrderByBuiltinDescIdAsc().stream().map(ProcedureTemplate::view).toList();
    }

    public TemplateView template(long id) {
        return templates.findById(id).map(ProcedureTemplate::view)
                .orElseThrow(() -> new NotFoundException("procedure.not-found"));
    }

    /** A trainer's own editable copy of a template (built-in or not). */
    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public TemplateView copy(long id, String newName) {
        TemplateView source = template(id);
        String name = Texts.require(newName, "name", ProcedureTemplate.NAME_MAX);
        return templates.save(new ProcedureTemplate(source, name, clock.instant())).view();
    }

    /** A template brought in with an imported workshop, stored as a trainer's own (non built-in) copy. */
    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public TemplateView importTemplate(TemplateView source) {
        String name = Texts.require(source.name(), "name", ProcedureTemplate.NAME_MAX);
        return templates.save(new ProcedureTemplate(source, name, clock.instant())).view();
    }

    /** Saves an edited copy: header, steps (added, removed, reordered, renamed) and rubric. */
    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public TemplateView update(TemplateView edited) {
        ProcedureTemplate template = templates.findById(edited.id())
                .orElseThrow(() -> new NotFoundException("procedure.not-found"));
        if (template.isBuiltin()) {
            throw new NotAllowedException("procedure.builtin");
        }
        template.update(validated(edited));
        return templates.saveAndFlush(template).view();
    }

    private static TemplateView validated(TemplateView t) {
        String name = Texts.require(t.name(), "name", ProcedureTemplate.NAME_MAX);
        String legalBasis = Texts.optional(t.legalBasis(), "legalBasis", ProcedureTemplate.LEGAL_BASIS_MAX);
        if (t.kind() == null) {
            throw new InvalidInputException("kind", "error.required");
        }
        requireRange("minMinutes", t.minMinutes(), 0, ProcedureTemplate.MIN_MINUTES_MAX);
        if (t.steps().isEmpty()) {
            throw new InvalidInputException("steps", "procedure.steps.required");
        }
        List<StepView> steps = new ArrayList<>();
        int position = 1;
        for (StepView s : t.steps()) {
            String field = "step." + position;
            if (s.section() == null) {
                throw new InvalidInputException(field, "error.required");
            }
            requireRange(field, s.plannedMinutes(), 0, ProcedureStep.MINUTES_MAX);
            steps.add(new StepView(s.id(), position, s.section(), Texts.require(s.title(), field, ProcedureStep.TITLE_MAX),
                    Texts.optional(s.titleEn(), field, ProcedureStep.TITLE_MAX),
                    Texts.optional(s.description(), field, ProcedureStep.DESCRIPTION_MAX),
                    Texts.optional(s.descriptionEn(), field, ProcedureStep.DESCRIPTION_MAX),
                    s.plannedMinutes(), s.optional()));
            position++;
        }
        List<Rubric.Criterion> criteria = new ArrayList<>();
        int c = 1;
        for (Rubric.Criterion criterion : t.rubric().criteria()) {
            String field = "criterion." + c;
            requireRange(field, criterion.maxPoints(), 1, 1000);
            criteria.add(new Rubric.Criterion(null, c++, Texts.require(criterion.name(), field, 200),
                    Texts.optional(criterion.nameEn(), field, 200), criterion.maxPoints()));
        }
        List<Rubric.Band> bands = new ArrayList<>();
        for (Rubric.Band band : t.rubric().bands()) {
            requireRange("band", band.minPoints(), 0, 1000);
            bands.add(new Rubric.Band(Texts.require(band.name(), "band", 60), Texts.optional(band.nameEn(), "band", 60),
                    band.minPoints()));
        }
        return new TemplateView(t.id(), name, t.kind(), legalBasis, t.minMinutes(), false, steps,
                new Rubric(criteria, bands));
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, "error.range", min, max);
        }
    }

    /** The templates a workshop practises, in template order. */
    public List<TemplateView> practisedBy(long workshopId) {
        Set<Long> ids = new HashSet<>(jdbc.queryForList(
                "select template_id from workshop_procedure where workshop_id = ?", Long.class, workshopId));
        return templates().stream().filter(t -> ids.contains(t.id())).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public void setPractised(long workshopId, Collection<Long> templateIds) {
        jdbc.update("delete from workshop_procedure where workshop_id = ?", workshopId);
        for (Long id : new HashSet<>(templateIds)) {
            template(id);
            jdbc.update("insert into workshop_procedure (workshop_id, template_id) values (?, ?)", workshopId, id);
        }
    }

    @EventListener
    @Transactional
    void onWorkshopDeleting(WorkshopDeleting event) {
        for (long groupId : event.groupIds()) {
            jdbc.update("delete from practice where group_id = ?", groupId);
        }
        jdbc.update("delete from workshop_procedure where workshop_id = ?", event.workshopId());
    }

    @Override
    public List<StepOption> steps(long workshopId) {
        List<StepOption> options = new ArrayList<>();
        for (TemplateView t : practisedBy(workshopId)) {
            t.steps().forEach(s -> options.add(new StepOption(s.id(), t.name(), s.position(), s.title(), s.titleEn())));
        }
        return options;
    }

    /**
     * A new workshop practises the built-in regular and thematic meetings until the trainer chooses otherwise; a
     * copy practises what its source did.
     */
    @EventListener
    @Transactional
    void onWorkshopCreated(WorkshopCreated event) {
        if (event.copiedFrom() != null) {
            jdbc.update("insert into workshop_procedure (workshop_id, template_id) select ?, template_id "
                    + "from workshop_procedure where workshop_id = ?", event.workshopId(), event.copiedFrom());
            return;
        }
        for (ProcedureTemplate builtin : templates.findByBuiltinTrue()) {
            jdbc.update("insert into workshop_procedure (workshop_id, template_id) values (?, ?)", event.workshopId(),
                    builtin.getId());
        }
    }
}
