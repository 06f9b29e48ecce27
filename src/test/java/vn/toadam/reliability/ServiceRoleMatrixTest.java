package vn.toadam.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.base.NotAllowedException;
import vn.toadam.base.NotFoundException;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.procedure.PracticeService;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.report.ExportFormat;
import vn.toadam.report.ExportService;
import vn.toadam.report.Organisation;
import vn.toadam.report.OrganisationService;
import vn.toadam.report.ReportService;
import vn.toadam.report.ThemeOverview;
import vn.toadam.report.WorkshopArchive;
import vn.toadam.security.AccountService;
import vn.toadam.security.ModeratorScope;
import vn.toadam.security.Role;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;
import vn.toadam.synthesis.FacilitationService;
import vn.toadam.synthesis.ModerationService;
import vn.toadam.synthesis.RecommendationService;
import vn.toadam.synthesis.VoteService;
import vn.toadam.workshop.NewWorkshop;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.ParticipantRole;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopStatus;
import vn.toadam.workshop.WorkshopSummary;

/**
 * Every secured service method × every kind of signed-in person, called directly (not through a view): services
 * check permissions themselves. A learner never signs in, so for these methods a learner is "anonymous"; what a
 * learner may do with their participant id is the second matrix.
 */
class ServiceRoleMatrixTest extends IntegrationTest {

    enum Who { ANONYMOUS, DISABLED_ACCOUNT, PROMOTED_LEARNER_OF_OTHER_WORKSHOP, PROMOTED_LEARNER, MODERATOR, TRAINER }

    private static final Set<Who> TRAINER_ONLY = EnumSet.of(Who.TRAINER);
    private static final Set<Who> MODERATORS = EnumSet.of(Who.PROMOTED_LEARNER, Who.MODERATOR, Who.TRAINER);

    @Autowired Fixtures fixtures;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired WorkshopService workshops;
    @Autowired CardService cards;
    @Autowired FacilitationService facilitation;
    @Autowired ModerationService moderation;
    @Autowired vn.toadam.synthesis.ProjectorService projector;
    @Autowired RecommendationService recommendations;
    @Autowired VoteService votes;
    @Autowired ProcedureService procedures;
    @Autowired PracticeService practices;
    @Autowired AccountService accounts;
    @Autowired ReportService reports;
    @Autowired ExportService exports;
    @Autowired WorkshopArchive archive;
    @Autowired ThemeOverview overview;
    @Autowired OrganisationService organisations;
    @Autowired vn.toadam.synthesis.ThemeLinks themeLinks;
    @Autowired vn.toadam.synthesis.ThesaurusService thesaurus;
    @Autowired vn.toadam.synthesis.SolutionMatcher matcher;
    @Autowired vn.toadam.synthesis.RecommendationDrafter drafter;
    @Autowired vn.toadam.synthesis.EarlierRecommendations earlier;

    /** A fresh classroom per call, so a call that changes or deletes things cannot spoil the next. */
    private record Room(WorkshopSummary workshop, ParticipantInfo an, ParticipantInfo chi, CardSnapshot card,
                        long otherWorkshopId) {
    }

    private Room room() {
        Fixtures.Classroom c = fixtures.classroom();
        CardSnapshot card = cards.post(c.an().id(), CardType.DIFFICULTY, "Khó khăn của nhóm 1", null, null);
        long other = fixtures.workshop("Buổi khác").id();
        return new Room(c.workshop(), c.an(), c.chi(), card, other);
    }

    private Map<String, Consumer<Room>> operations() {
        Map<String, Consumer<Room>> ops = new LinkedHashMap<>();
        ops.put("WorkshopService.create", r -> workshops.create(new NewWorkshop("Mới", "Lớp", LocalDate.now(), null, 3), "x"));
        ops.put("WorkshopService.update", r -> workshops.update(r.workshop().id(),
                new NewWorkshop("Đổi tên", "Lớp", LocalDate.now(), null, 3)));
        ops.put("WorkshopService.setStatus", r -> workshops.setStatus(r.workshop().id(), WorkshopStatus.CLOSED));
        ops.put("WorkshopService.delete", r -> workshops.delete(r.workshop().id(), r.workshop().title()));
        ops.put("WorkshopService.renameGroup", r -> workshops.renameGroup(r.workshop().groups().get(0).id(), "Tổ 1"));
        ops.put("WorkshopService.setParticipantRole", r -> workshops.setParticipantRole(r.chi().id(), ParticipantRole.MODERATOR));
        ops.put("WorkshopService.get", r -> workshops.get(r.workshop().id()));
        ops.put("WorkshopService.participantsOf", r -> workshops.participantsOf(r.workshop().id()));
        ops.put("WorkshopService.addLearnerWithoutDevice", r -> workshops.addLearnerWithoutDevice(
                r.workshop().groups().get(0).id(), "Bà Tư"));
        ops.put("WorkshopService.removeParticipant", r -> workshops.removeParticipant(r.chi().id()));
        ops.put("CardService.setHidden", r -> cards.setHidden(r.card().id(), true, "lạc đề"));
        ops.put("CardService.postOnBehalf", r -> cards.postOnBehalf(r.an().id(), CardType.EXPERIENCE, "Thay", "mod"));
        ops.put("CardService.workshopCards", r -> cards.workshopCards(r.workshop().id()));
        ops.put("CardService.workshopCard", r -> cards.workshopCard(r.workshop().id(), r.card().id()));
        ops.put("FacilitationService.forward", r -> facilitation.forward(r.workshop().id()));
        ops.put("FacilitationService.startTimer", r -> facilitation.startTimer(r.workshop().id(), 5));
        ops.put("FacilitationService.limitVotes", r -> facilitation.limitVotes(r.workshop().id(), 3, 1));
        ops.put("FacilitationService.hideUntilReveal", r -> facilitation.hideUntilReveal(r.workshop().id(), true));
        ops.put("FacilitationService.anonymous", r -> facilitation.anonymous(r.workshop().id(), true));
        ops.put("FacilitationService.reveal", r -> facilitation.reveal(r.workshop().id(), null));
        ops.put("ModerationService.hideCard", r -> moderation.hideCard(r.workshop().id(), r.card().id(), "lạc đề"));
        ops.put("ModerationService.removeParticipant", r -> moderation.removeParticipant(r.workshop().id(), r.chi().id(), "x"));
        ops.put("ProjectorService.project", r -> projector.project(r.workshop().id(), r.card().id()));
        ops.put("ProjectorService.stop", r -> projector.stop(r.workshop().id(), r.card().id()));
        ops.put("ProjectorService.current", r -> projector.current(r.workshop().id()));
        ops.put("ModerationService.audit", r -> moderation.audit(r.workshop().id()));
        ops.put("RecommendationService.create", r -> recommendations.create(r.workshop().id(), "Đề xuất", null,
                List.of(r.card().id())));
        ops.put("RecommendationService.list", r -> recommendations.list(r.workshop().id()));
        ops.put("VoteService.workshopTotals", r -> votes.workshopTotals(r.workshop().id()));
        ops.put("PracticeService.workshopPractices", r -> practices.workshopPractices(r.workshop().id()));
        ops.put("ReportService.report", r -> reports.report(r.workshop().id(), Locale.ENGLISH));
        ops.put("ExportService.export", r -> exports.export(r.workshop().id(), ExportFormat.CSV, Locale.ENGLISH, p -> { }));
        ops.put("WorkshopArchive.export", r -> archive.export(r.workshop().id(), Instant.now()));
        ops.put("ThemeOverview.overview", r -> overview.overview(List.of(r.workshop().id()), CardType.DIFFICULTY, 0.2));
        ops.put("ProcedureService.copy", r -> procedures.copy(procedures.templates().get(0).id(), "Bản sao " + System.nanoTime()));
        ops.put("ProcedureService.setPractised", r -> procedures.setPractised(r.workshop().id(), List.of()));
        ops.put("OrganisationService.organisation", r -> organisations.organisation());
        ops.put("OrganisationService.save", r -> organisations.save(new Organisation("Đảng bộ huyện Đầm Hà",
                "Trung tâm Chính trị", "TTCT", "Đầm Hà")));
        ops.put("SolutionMatcher.matches", r -> matcher.matches(r.workshop().id(), r.card().id()));
        ops.put("SolutionMatcher.themes", r -> matcher.themes(r.workshop().id()));
        ops.put("SolutionMatcher.link", r -> matcher.link(r.workshop().id(), r.card().id(), cards.post(r.chi().id(),
                CardType.SOLUTION, "Giải pháp của tổ 2", null, "s" + System.nanoTime()).id()));
        ops.put("SolutionMatcher.unlink", r -> matcher.unlink(r.workshop().id(), r.card().id(), r.card().id()));
        ops.put("RecommendationDrafter.draft", r -> drafter.draft(r.workshop().id(), List.of(r.card().id()),
                Locale.ENGLISH));
        ops.put("EarlierRecommendations.like", r -> earlier.like(r.workshop().id(), List.of("đảng viên đi làm xa")));
        ops.put("EarlierRecommendations.reuse", r -> earlier.reuse(r.workshop().id(), fixtures.asTrainer(() -> {
            var agreed = recommendations.create(r.otherWorkshopId(), "Kiến nghị lớp trước", null, List.of());
            recommendations.update(agreed.with(agreed.title(), null, null, agreed.priority(),
                    vn.toadam.synthesis.RecommendationView.Status.AGREED, null, null));
            workshops.setStatus(r.otherWorkshopId(), WorkshopStatus.CLOSED);
            return agreed.id();
        }), List.of(r.card().id()), Locale.ENGLISH));
        ops.put("AccountService.accounts", r -> accounts.accounts());
        ops.put("ThemeLinks.of", r -> themeLinks.of(r.workshop().id()));
        ops.put("ThemeLinks.merge", r -> themeLinks.merge(r.workshop().id(), List.of(r.card().id()),
                List.of(r.card().id())));
        ops.put("ThemeLinks.split", r -> themeLinks.split(r.workshop().id(), r.card().id(), List.of(r.card().id())));
        ops.put("ThesaurusService.builtIn", r -> thesaurus.builtIn());
        ops.put("ThesaurusService.entries", r -> thesaurus.entries());
        ops.put("ThesaurusService.add", r -> thesaurus.delete(thesaurus.add("ma trận quyền", "ma trận quyền thử").id()));
        ops.put("ThesaurusService.delete", r -> thesaurus.delete(-1));
        ops.put("ThesaurusService.suggestPhrases", r -> thesaurus.suggestPhrases("Thu đảng phí", "Nộp phí"));
        ops.put("AccountService.createAccount", r -> accounts.createAccount("tk" + System.nanoTime(), "Tài khoản",
                "mat-khau-dai-du", Role.MODERATOR));
        return ops;
    }

    private static final Map<String, Set<Who>> ALLOWED = Map.ofEntries(
            Map.entry("WorkshopService.create", TRAINER_ONLY), Map.entry("WorkshopService.update", TRAINER_ONLY),
            Map.entry("WorkshopService.setStatus", TRAINER_ONLY), Map.entry("WorkshopService.delete", TRAINER_ONLY),
            Map.entry("WorkshopService.renameGroup", TRAINER_ONLY),
            Map.entry("WorkshopService.setParticipantRole", TRAINER_ONLY),
            Map.entry("WorkshopService.get", MODERATORS), Map.entry("WorkshopService.participantsOf", MODERATORS),
            Map.entry("WorkshopService.addLearnerWithoutDevice", MODERATORS),
            Map.entry("WorkshopService.removeParticipant", MODERATORS), Map.entry("CardService.setHidden", MODERATORS),
            Map.entry("CardService.postOnBehalf", MODERATORS), Map.entry("CardService.workshopCards", MODERATORS),
            Map.entry("CardService.workshopCard", MODERATORS),
            Map.entry("FacilitationService.forward", MODERATORS), Map.entry("FacilitationService.startTimer", MODERATORS),
            Map.entry("FacilitationService.limitVotes", MODERATORS),
            Map.entry("FacilitationService.hideUntilReveal", MODERATORS),
            Map.entry("FacilitationService.anonymous", MODERATORS), Map.entry("FacilitationService.reveal", MODERATORS),
            Map.entry("ModerationService.hideCard", MODERATORS),
            Map.entry("ModerationService.removeParticipant", MODERATORS), Map.entry("ModerationService.audit", MODERATORS),
            Map.entry("ProjectorService.project", MODERATORS), Map.entry("ProjectorService.stop", MODERATORS),
            Map.entry("ProjectorService.current", MODERATORS),
            Map.entry("RecommendationService.create", MODERATORS), Map.entry("RecommendationService.list", MODERATORS),
            Map.entry("VoteService.workshopTotals", MODERATORS), Map.entry("ReportService.report", MODERATORS),
            Map.entry("PracticeService.workshopPractices", MODERATORS),
            Map.entry("ExportService.export", MODERATORS), Map.entry("WorkshopArchive.export", MODERATORS),
            Map.entry("SolutionMatcher.matches", MODERATORS), Map.entry("SolutionMatcher.themes", MODERATORS),
            Map.entry("SolutionMatcher.link", MODERATORS), Map.entry("SolutionMatcher.unlink", MODERATORS),
            Map.entry("RecommendationDrafter.draft", MODERATORS), Map.entry("EarlierRecommendations.like", MODERATORS),
            // a learner promoted to moderate their class does not reach other classes' recommendations
            Map.entry("EarlierRecommendations.reuse", EnumSet.of(Who.MODERATOR, Who.TRAINER)),
            Map.entry("ThemeOverview.overview", TRAINER_ONLY), Map.entry("ProcedureService.copy", TRAINER_ONLY),
            Map.entry("ProcedureService.setPractised", TRAINER_ONLY),
            Map.entry("OrganisationService.organisation", TRAINER_ONLY),
            Map.entry("OrganisationService.save", TRAINER_ONLY),
            Map.entry("AccountService.accounts", TRAINER_ONLY), Map.entry("AccountService.createAccount", TRAINER_ONLY),
            Map.entry("ThemeLinks.of", MODERATORS), Map.entry("ThemeLinks.merge", MODERATORS),
            Map.entry("ThemeLinks.split", MODERATORS), Map.entry("ThesaurusService.builtIn", TRAINER_ONLY),
            Map.entry("ThesaurusService.entries", TRAINER_ONLY), Map.entry("ThesaurusService.add", TRAINER_ONLY),
            Map.entry("ThesaurusService.delete", TRAINER_ONLY),
            Map.entry("ThesaurusService.suggestPhrases", TRAINER_ONLY));

    @Test
    void everySecuredOperationRefusesWhoeverItIsNotFor() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        Map<String, Consumer<Room>> ops = operations();
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(ops.keySet());
        for (Map.Entry<String, Consumer<Room>> op : ops.entrySet()) {
            for (Who who : Who.values()) {
                Room room = fixtures.asTrainer(this::room);
                boolean allowed = runsAs(who, room, op.getValue());
                cells++;
                if (allowed != ALLOWED.get(op.getKey()).contains(who)) {
                    wrong.add(op.getKey() + " as " + who + (allowed ? " was allowed" : " was refused"));
                }
            }
        }
        System.out.printf("service role matrix: %d operations x %d principals = %d cells%n", ops.size(),
                Who.values().length, cells);
        assertThat(wrong).isEmpty();
    }

    private boolean runsAs(Who who, Room room, Consumer<Room> op) {
        var previous = security.getContext().getAuthentication();
        security.getContext().setAuthentication(switch (who) {
            case ANONYMOUS -> null;
            // a disabled account cannot sign in (see SecurityHttpTest); a session it had is unauthenticated
            case DISABLED_ACCOUNT -> UsernamePasswordAuthenticationToken.unauthenticated("disabled", null);
            case PROMOTED_LEARNER -> UsernamePasswordAuthenticationToken.authenticated("participant-" + room.an().id(),
                    null, ModeratorScope.promotedLearner(room.workshop().id()));
            case PROMOTED_LEARNER_OF_OTHER_WORKSHOP -> UsernamePasswordAuthenticationToken.authenticated("participant-x",
                    null, ModeratorScope.promotedLearner(room.otherWorkshopId()));
            case MODERATOR -> UsernamePasswordAuthenticationToken.authenticated("dieuphoi", null,
                    List.of(new SimpleGrantedAuthority(Role.MODERATOR.authority())));
            case TRAINER -> UsernamePasswordAuthenticationToken.authenticated("giangvien", null,
                    List.of(new SimpleGrantedAuthority(Role.TRAINER.authority())));
        });
        try {
            op.accept(room);
            return true;
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException | NotAllowedException
                 | NotFoundException e) {
            return false;
        } finally {
            security.getContext().setAuthentication(previous);
        }
    }
}
