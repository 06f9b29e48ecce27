package vn.toadam.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.toadam.base.TranslationProvider;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.StepCatalog;
import vn.toadam.procedure.PracticeService;
import vn.toadam.procedure.PracticeSnapshot;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.procedure.Rubric;
import vn.toadam.procedure.StepView;
import vn.toadam.procedure.TemplateView;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/** Gathers what a workshop produced into a {@link WorkshopReport}, as it stands now (any time, not only at the end). */
@Service
public class ReportService {

    private final WorkshopService workshops;
    private final CardService cards;
    private final PracticeService practices;
    private final ProcedureService procedures;
    private final Clock clock;
    private final vn.toadam.synthesis.VoteService votes;
    private final vn.toadam.synthesis.RecommendationService recommendations;
    private final OrganisationService organisation;
    private final vn.toadam.synthesis.SolutionMatcher matcher;

    ReportService(WorkshopService workshops, CardService cards, PracticeService practices,
                  ProcedureService procedures, Clock clock, vn.toadam.synthesis.VoteService votes,
                  vn.toadam.synthesis.RecommendationService recommendations, OrganisationService organisation,
                  vn.toadam.synthesis.SolutionMatcher matcher) {
        this.organisation = organisation;
        this.matcher = matcher;
        this.votes = votes;
        this.recommendations = recommendations;
        this.workshops = workshops;
        this.cards = cards;
        this.practices = practices;
        this.procedures = procedures;
        this.clock = clock;
    }

    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public WorkshopReport report(long workshopId, Locale requested) {
        Locale locale = TranslationProvider.supported(requested);
        WorkshopSummary workshop = workshops.get(workshopId);
        List<ParticipantInfo> people = workshops.participantsOf(workshopId);
        Map<Long, String> names = people.stream().collect(Collectors.toMap(ParticipantInfo::id,
                ParticipantInfo::displayName));
        List<CardSnapshot> allCards = cards.workshopCards(workshopId).stream().filter(c -> !c.hidden()).toList();
        Map<Long, String> stepLabels = procedures.steps(workshopId).stream().collect(Collectors.toMap(
                StepCatalog.StepOption::stepId, s -> s.label(locale), (a, b) -> a));
        List<PracticeSnapshot> allPractices = practices.workshopPractices(workshopId);
        Map<Long, TemplateView> templates = allPractices.stream().map(PracticeSnapshot::templateId).distinct()
                .collect(Collectors.toMap(Function.identity(), procedures::template));
        Instant now = clock.instant();
        Map<Long, Integer> voteTotals = votes.workshopTotals(workshopId);

        List<WorkshopReport.Group> groups = new ArrayList<>();
        for (WorkshopSummary.GroupInfo g : workshop.groups()) {
            List<String> members = people.stream().filter(p -> p.groupId() == g.id())
                    .map(ParticipantInfo::displayName).toList();
            List<WorkshopReport.Meeting> meetings = allPractices.stream().filter(p -> p.groupId() == g.id())
                    .map(p -> meeting(p, templates.get(p.templateId()), names, locale, now)).toList();
            List<WorkshopReport.CardLine> lines = allCards.stream().filter(c -> c.groupId() == g.id())
                    .map(c -> new WorkshopReport.CardLine(c.id(), c.type(), c.text(), c.postedBy() == null
                            ? c.authorName()
                            : c.authorName() + " (" + TranslationProvider.translate("card.posted-by", locale,
                                    c.postedBy()) + ")",
                            c.stepId() == null ? null : stepLabels.get(c.stepId()), c.answersCardId(),
                            c.reactionCount(), voteTotals.getOrDefault(c.id(), 0), c.replies().stream()
                            .map(r -> r.authorName() + ": " + r.text()).toList(), c.createdAt()))
                    .toList();
            groups.add(new WorkshopReport.Group(g.name(), members, meetings, lines));
        }
        List<WorkshopReport.Recommendation> recommended = recommendations.list(workshopId).stream()
                .map(r -> new WorkshopReport.Recommendation(r.title(), r.body(), r.category(),
                        TranslationProvider.translate("recommendation.priority." + r.priority(), locale),
                        TranslationProvider.translate("recommendation.status." + r.status(), locale), r.owner(),
                        r.dueOn(), r.votes(), r.sources().stream().map(s -> s.groupName() + " · "
                                + TranslationProvider.translate("card.type." + s.type(), locale) + ": " + s.text())
                        .toList()))
                .toList();
        return new WorkshopReport(locale, workshop.title(), workshop.className(), workshop.heldOn(), workshop.place(),
                workshop.joinCode(), now, groups, recommended, organisation.current(),
                DifficultyThemes.of(matcher.themes(workshopId), workshop, locale));
    }

    private static WorkshopReport.Meeting meeting(PracticeSnapshot p, TemplateView template, Map<Long, String> names,
                                                  Locale locale, Instant now) {
        List<WorkshopReport.Step> steps = new ArrayList<>();
        for (StepView step : template.steps()) {
            var progress = p.progress(step.position());
            List<PracticeSnapshot.Note> notes = p.notesOn(step.position());
            steps.add(new WorkshopReport.Step(step.position(), step.title(locale),
                    Math.round(p.elapsedOn(step.position(), now) / 60.0), step.plannedMinutes(),
                    progress.map(PracticeSnapshot.StepProgress::skipped).orElse(false),
                    notes.stream().filter(n -> n.kind() == vn.toadam.procedure.NoteKind.STRENGTH)
                            .map(PracticeSnapshot.Note::text).toList(),
                    notes.stream().filter(n -> n.kind() == vn.toadam.procedure.NoteKind.LIMITATION)
                            .map(PracticeSnapshot.Note::text).toList()));
        }
        Rubric rubric = template.rubric();
        List<WorkshopReport.Score> scores = rubric.criteria().stream().map(c -> new WorkshopReport.Score(
                c.name(locale), p.scores().get(c.id()), c.maxPoints())).toList();
        Integer total = p.scores().isEmpty() ? null : rubric.total(p.scores());
        String band = total == null ? null : rubric.band(total).map(b -> b.name(locale)).orElse(null);
        String leader = p.leaderId() == null ? null : names.get(p.leaderId());
        return new WorkshopReport.Meeting(template.name(), Objects.requireNonNullElse(p.chairName(), ""),
                Objects.requireNonNullElse(p.secretaryName(), ""), leader,
                TranslationProvider.translate("practice.status." + p.status(), locale),
                Math.round(p.totalSeconds(now) / 60.0), steps, scores, total, rubric.maxTotal(), band);
    }
}
