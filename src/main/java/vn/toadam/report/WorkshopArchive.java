package vn.toadam.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.procedure.Rubric;
import vn.toadam.procedure.StepView;
import vn.toadam.procedure.TemplateView;

/**
 * Writes one workshop as a {@link WorkshopDump} and restores such a dump as a new workshop. It reads and writes the
 * tables of the workshop, board and procedure features directly so that the dump is complete and the restore is one
 * transaction: a file is either restored whole or not at all.
 */
@Service
public class WorkshopArchive {

    private final JdbcTemplate jdbc;
    private final ProcedureService procedures;
    private final DumpRestorer restorer;

    WorkshopArchive(JdbcTemplate jdbc, ProcedureService procedures, DumpRestorer restorer) {
        this.jdbc = jdbc;
        this.procedures = procedures;
        this.restorer = restorer;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public WorkshopDump export(long workshopId, Instant now) {
        Map<String, Object> w = jdbc.queryForMap("select * from workshop where id = ?", workshopId);
        WorkshopDump.Workshop workshop = new WorkshopDump.Workshop((String) w.get("title"),
                (String) w.get("class_name"), toDate(w.get("held_on")), (String) w.get("place"),
                (String) w.get("status"), (String) w.get("created_by"), toInstant(w.get("created_at")));

        Keys groupKeys = new Keys();
        List<WorkshopDump.Group> groups = new ArrayList<>();
        jdbc.query("select id, name from workshop_group where workshop_id = ? order by position", rs -> {
            groups.add(new WorkshopDump.Group(groupKeys.add(rs.getLong("id")), rs.getString("name")));
        }, workshopId);

        Keys personKeys = new Keys();
        List<WorkshopDump.Person> people = new ArrayList<>();
        jdbc.query("select p.* from participant p join workshop_group g on g.id = p.group_id where p.workshop_id = ? "
                + "order by g.position, p.joined_at, p.id", rs -> {
            people.add(new WorkshopDump.Person(personKeys.add(rs.getLong("id")), groupKeys.get(rs.getLong("group_id")),
                    rs.getString("display_name"), rs.getString("role"), toInstant(rs.getObject("joined_at")),
                    rs.getBoolean("removed")));
        }, workshopId);

        Keys procedureKeys = new Keys();
        Map<Long, WorkshopDump.StepRef> stepRefs = new HashMap<>();
        List<WorkshopDump.Procedure> procedureList = new ArrayList<>();
        List<Long> templateIds = jdbc.queryForList("select template_id from workshop_procedure where workshop_id = ? "
                + "union select p.template_id from practice p join workshop_group g on g.id = p.group_id "
                + "where g.workshop_id = ? order by 1", Long.class, workshopId, workshopId);
        for (long templateId : templateIds) {
            TemplateView template = procedures.template(templateId);
            int key = procedureKeys.add(templateId);
            template.steps().forEach(s -> stepRefs.put(s.id(), new WorkshopDump.StepRef(key, s.position())));
            procedureList.add(new WorkshopDump.Procedure(key, withoutIds(template)));
        }

        Keys cardKeys = new Keys();
        List<Map<String, Object>> cardRows = jdbc.queryForList("select * from card where workshop_id = ? "
                + "and deleted = false order by created_at, id", workshopId);
        cardRows.forEach(row -> cardKeys.add(((Number) row.get("id")).longValue()));
        Map<Long, List<Integer>> reactionsByCard = new HashMap<>();
        jdbc.query("select r.card_id, r.participant_id from reaction r join card c on c.id = r.card_id "
                + "where c.workshop_id = ? order by r.created_at, r.id", rs -> {
            reactionsByCard.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(personKeys.get(rs.getLong(2)));
        }, workshopId);
        Map<Long, List<Integer>> votesByCard = new HashMap<>();
        jdbc.query("select v.card_id, v.participant_id from vote v join card c on c.id = v.card_id "
                + "where c.workshop_id = ? order by v.id", rs -> {
            votesByCard.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(personKeys.get(rs.getLong(2)));
        }, workshopId);
        Map<Long, List<WorkshopDump.Reply>> repliesByCard = new HashMap<>();
        jdbc.query("select r.* from reply r join card c on c.id = r.card_id where c.workshop_id = ? "
                + "order by r.created_at, r.id", rs -> {
            repliesByCard.computeIfAbsent(rs.getLong("card_id"), k -> new ArrayList<>()).add(new WorkshopDump.Reply(
                    personKeys.get(rs.getLong("author_id")), rs.getString("text"), toInstant(rs.getObject("created_at"))));
        }, workshopId);
        List<WorkshopDump.Card> cards = new ArrayList<>();
        for (Map<String, Object> row : cardRows) {
            long id = ((Number) row.get("id")).longValue();
            List<Integer> reactions = reactionsByCard.getOrDefault(id, List.of());
            List<WorkshopDump.Reply> replies = repliesByCard.getOrDefault(id, List.of());
            List<Integer> votes = votesByCard.getOrDefault(id, List.of());
            Long answers = (Long) toLong(row.get("answers_card_id"));
            Long step = (Long) toLong(row.get("step_id"));
            cards.add(new WorkshopDump.Card(cardKeys.get(id), groupKeys.get(toLong(row.get("group_id"))),
                    personKeys.get(toLong(row.get("author_id"))), (String) row.get("card_type"),
                    (String) row.get("text"), answers == null ? null : cardKeys.find(answers),
                    step == null ? null : stepRefs.get(step), toInstant(row.get("created_at")),
                    toInstant(row.get("updated_at")), reactions, replies, votes, (Boolean) row.get("hidden"),
                    (String) row.get("hidden_reason"), (String) row.get("posted_by")));
        }

        List<WorkshopDump.Practice> practices = new ArrayList<>();
        List<Map<String, Object>> practiceRows = jdbc.queryForList("select p.* from practice p join workshop_group g "
                + "on g.id = p.group_id where g.workshop_id = ? order by g.position, p.template_id", workshopId);
        for (Map<String, Object> row : practiceRows) {
            long id = toLong(row.get("id"));
            long templateId = toLong(row.get("template_id"));
            Map<Long, Integer> criterionPositions = new HashMap<>();
            procedures.template(templateId).rubric().criteria()
                    .forEach(c -> criterionPositions.put(c.id(), c.position()));
            List<WorkshopDump.StepState> steps = new ArrayList<>();
            jdbc.query("select * from practice_step where practice_id = ? order by position", rs -> {
                steps.add(new WorkshopDump.StepState(rs.getInt("position"), rs.getLong("elapsed_seconds"),
                        rs.getBoolean("visited"), rs.getBoolean("skipped")));
            }, id);
            List<WorkshopDump.Note> notes = new ArrayList<>();
            jdbc.query("select * from step_note where practice_id = ? order by created_at, id", rs -> {
                notes.add(new WorkshopDump.Note(rs.getInt("position"), rs.getString("kind"), rs.getString("text"),
                        personKeys.get(rs.getLong("author_id")), toInstant(rs.getObject("created_at"))));
            }, id);
            List<WorkshopDump.Score> scores = new ArrayList<>();
            jdbc.query("select * from rubric_score where practice_id = ?", rs -> {
                scores.add(new WorkshopDump.Score(criterionPositions.get(rs.getLong("criterion_id")),
                        rs.getInt("points")));
            }, id);
            scores.sort(java.util.Comparator.comparingInt(WorkshopDump.Score::criterion));
            Long chair = toLong(row.get("chair_id"));
            Long leader = toLong(row.get("leader_id"));
            practices.add(new WorkshopDump.Practice(groupKeys.get(toLong(row.get("group_id"))),
                    procedureKeys.get(templateId), (String) row.get("chair_name"),
                    chair == null ? null : personKeys.get(chair), (String) row.get("secretary_name"),
                    leader == null ? null : personKeys.get(leader), (String) row.get("members"),
                    (String) row.get("status"), (Integer) row.get("current_position"),
                    toInstant(row.get("current_started_at")), toInstant(row.get("started_at")),
                    toInstant(row.get("ended_at")), steps, notes, scores));
        }
        List<WorkshopDump.Recommendation> recommendations = new ArrayList<>();
        for (Map<String, Object> r : jdbc.queryForList("select * from recommendation where workshop_id = ? "
                + "order by position, id", workshopId)) {
            List<Integer> cited = jdbc.queryForList("select card_id from recommendation_card where "
                    + "recommendation_id = ? order by card_id", Long.class, toLong(r.get("id"))).stream()
                    .map(cardKeys::find).filter(Objects::nonNull).sorted().toList();
            recommendations.add(new WorkshopDump.Recommendation((String) r.get("title"), (String) r.get("body"),
                    (String) r.get("category"), (String) r.get("priority"), (String) r.get("status"),
                    (String) r.get("owner"), toDate(r.get("due_on")), toInstant(r.get("created_at")),
                    toInstant(r.get("updated_at")), cited));
        }
        List<WorkshopDump.AnswerLink> answerLinks = new ArrayList<>();
        jdbc.query("select l.* from answer_link l join card d on d.id = l.difficulty_card_id "
                + "where d.workshop_id = ? order by l.linked_at, l.difficulty_card_id, l.answer_card_id", rs -> {
            Integer difficulty = cardKeys.find(rs.getLong("difficulty_card_id"));
            Integer answer = cardKeys.find(rs.getLong("answer_card_id"));
            if (difficulty != null && answer != null) {
                answerLinks.add(new WorkshopDump.AnswerLink(difficulty, answer, rs.getString("linked_by"),
                        toInstant(rs.getObject("linked_at"))));
            }
        }, workshopId);
        List<WorkshopDump.ThemeLink> themeLinks = new ArrayList<>();
        jdbc.query("select * from theme_link where workshop_id = ? order by made_at, card_a, card_b", rs -> {
            Integer a = cardKeys.find(rs.getLong("card_a"));
            Integer b = cardKeys.find(rs.getLong("card_b"));
            if (a != null && b != null) {
                themeLinks.add(new WorkshopDump.ThemeLink(Math.min(a, b), Math.max(a, b), rs.getString("kind"),
                        rs.getString("made_by"), toInstant(rs.getObject("made_at"))));
            }
        }, workshopId);
        return new WorkshopDump(WorkshopDump.FORMAT, WorkshopDump.VERSION, now, workshop, groups, people,
                procedureList, cards, practices, recommendations, answerLinks, themeLinks);
    }

    /** Restores a dump as a new workshop with a new join code; returns its id. Nothing is stored if any part fails. */
    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public long restore(WorkshopDump dump, String trainer, Instant now) {
        DumpValidator.validate(dump);
        return restorer.restore(dump, trainer, now);
    }

    /** A template as the dump carries it: no database ids, so the same template dumps the same everywhere. */
    private static TemplateView withoutIds(TemplateView t) {
        List<StepView> steps = t.steps().stream().map(s -> new StepView(null, s.position(), s.section(), s.title(),
                s.titleEn(), s.description(), s.descriptionEn(), s.plannedMinutes(), s.optional())).toList();
        Rubric rubric = new Rubric(t.rubric().criteria().stream().map(c -> new Rubric.Criterion(null, c.position(),
                c.name(), c.nameEn(), c.maxPoints())).toList(), t.rubric().bands());
        return new TemplateView(0, t.name(), t.kind(), t.legalBasis(), t.minMinutes(), t.builtin(), steps, rubric);
    }

    static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("Unexpected time value " + value.getClass());
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Long toLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** Database id → 1-based key inside the dump, in the order ids are added. */
    private static final class Keys {
        private final Map<Long, Integer> keys = new LinkedHashMap<>();

        int add(long id) {
            return keys.computeIfAbsent(id, k -> keys.size() + 1);
        }

        int get(long id) {
            return Objects.requireNonNull(keys.get(id), "no key for id " + id);
        }

        Integer find(long id) {
            return keys.get(id);
        }
    }
}
