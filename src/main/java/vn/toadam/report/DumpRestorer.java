package vn.toadam.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;
import vn.toadam.base.Texts;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.procedure.Rubric;
import vn.toadam.procedure.TemplateView;
import vn.toadam.workshop.JoinCodes;

/** Inserts a validated dump as a new workshop; runs inside the caller's transaction. */
@Component
class DumpRestorer {

    private final JdbcTemplate jdbc;
    private final ProcedureService procedures;
    private final Map<String, SimpleJdbcInsert> inserts = new HashMap<>();
    private final DataSource dataSource;

    DumpRestorer(JdbcTemplate jdbc, ProcedureService procedures, DataSource dataSource) {
        this.jdbc = jdbc;
        this.procedures = procedures;
        this.dataSource = dataSource;
    }

    long restore(WorkshopDump dump, String trainer, Instant now) {
        WorkshopDump.Workshop w = dump.workshop();
        long workshopId = insert("workshop", row("title", Texts.clean(w.title()), "class_name", clean(w.className()),
                "held_on", w.heldOn(), "place", clean(w.place()), "join_code", newJoinCode(), "status", w.status(),
                "created_by", trainer, "created_at", ts(now), "version", 0));
        List<Long> groups = new ArrayList<>();
        for (WorkshopDump.Group g : dump.groups()) {
            groups.add(insert("workshop_group", row("workshop_id", workshopId, "position", g.key(),
                    "name", Texts.clean(g.name()), "version", 0)));
        }
        List<Long> people = new ArrayList<>();
        for (WorkshopDump.Person p : dump.participants()) {
            people.add(insert("participant", row("workshop_id", workshopId, "group_id", groups.get(p.group() - 1),
                    "display_name", Texts.clean(p.name()), "role", p.role(), "joined_at", ts(p.joinedAt()),
                    "removed", p.removed())));
        }
        List<TemplateView> templates = new ArrayList<>();
        for (WorkshopDump.Procedure p : dump.procedures()) {
            TemplateView local = localTemplate(p.template());
            templates.add(local);
            jdbc.update("insert into workshop_procedure (workshop_id, template_id) values (?, ?)", workshopId,
                    local.id());
        }
        List<Long> cards = restoreCards(dump, workshopId, groups, people, templates);
        int position = 0;
        for (WorkshopDump.Recommendation r : dump.recommendations()) {
            long id = insert("recommendation", row("workshop_id", workshopId, "title", Texts.clean(r.title()),
                    "body", clean(r.body()), "category", clean(r.category()), "priority", r.priority(),
                    "status", r.status(), "owner", clean(r.owner()), "due_on", r.dueOn(), "position", position++,
                    "created_at", ts(r.createdAt()), "updated_at", ts(r.updatedAt()), "version", 0));
            for (int card : new java.util.TreeSet<>(r.cards())) {
                jdbc.update("insert into recommendation_card (recommendation_id, card_id) values (?, ?)", id,
                        cards.get(card - 1));
            }
        }
        restorePractices(dump, groups, people, templates);
        for (WorkshopDump.AnswerLink l : dump.answerLinks()) {
            jdbc.update("insert into answer_link (difficulty_card_id, answer_card_id, linked_by, linked_at) "
                    + "values (?, ?, ?, ?)", cards.get(l.difficulty() - 1), cards.get(l.answer() - 1),
                    Texts.clean(l.linkedBy()), ts(l.linkedAt()));
        }
        for (WorkshopDump.ThemeLink l : dump.themeLinks()) {
            long a = cards.get(l.cardA() - 1);
            long b = cards.get(l.cardB() - 1);
            jdbc.update("insert into theme_link (workshop_id, card_a, card_b, kind, made_by, made_at) "
                    + "values (?, ?, ?, ?, ?, ?)", workshopId, Math.min(a, b), Math.max(a, b), l.kind(),
                    Texts.clean(l.madeBy()), ts(l.madeAt()));
        }
        return workshopId;
    }

    private List<Long> restoreCards(WorkshopDump dump, long workshopId, List<Long> groups, List<Long> people,
                              List<TemplateView> templates) {
        List<Long> cards = new ArrayList<>();
        for (WorkshopDump.Card c : dump.cards()) {
            Long step = c.step() == null ? null : templates.get(c.step().procedure() - 1).step(c.step().position()).id();
            long id = insert("card", row("workshop_id", workshopId, "group_id", groups.get(c.group() - 1),
                    "author_id", people.get(c.author() - 1), "card_type", c.type(), "text", Texts.clean(c.text()),
                    "client_key", "import-" + UUID.randomUUID(), "deleted", false, "created_at", ts(c.createdAt()),
                    "updated_at", ts(c.updatedAt()), "version", 0, "step_id", step, "hidden", c.hidden(),
                    "hidden_reason", c.hidden() ? clean(c.hiddenReason()) : null, "posted_by", clean(c.postedBy())));
            cards.add(id);
            for (Integer reactor : c.reactions()) {
                insert("reaction", row("card_id", id, "participant_id", people.get(reactor - 1), "created_at",
                        ts(c.updatedAt())));
            }
            for (Integer voter : c.votes()) {
                insert("vote", row("card_id", id, "participant_id", people.get(voter - 1), "created_at",
                        ts(c.updatedAt())));
            }
            for (WorkshopDump.Reply r : c.replies()) {
                insert("reply", row("card_id", id, "author_id", people.get(r.author() - 1),
                        "text", Texts.clean(r.text()), "created_at", ts(r.createdAt())));
            }
        }
        for (WorkshopDump.Card c : dump.cards()) {
            if (c.answers() != null) {
                jdbc.update("update card set answers_card_id = ? where id = ?", cards.get(c.answers() - 1),
                        cards.get(c.key() - 1));
            }
        }
        return cards;
    }

    private void restorePractices(WorkshopDump dump, List<Long> groups, List<Long> people,
                                  List<TemplateView> templates) {
        for (WorkshopDump.Practice p : dump.practices()) {
            TemplateView template = templates.get(p.procedure() - 1);
            long id = insert("practice", row("group_id", groups.get(p.group() - 1), "template_id", template.id(),
                    "chair_name", clean(p.chairName()), "chair_id", person(people, p.chair()),
                    "secretary_name", clean(p.secretaryName()), "leader_id", person(people, p.leader()),
                    "members", clean(p.members()), "status", p.status(), "current_position", p.currentPosition(),
                    "current_started_at", ts(p.currentStartedAt()), "started_at", ts(p.startedAt()),
                    "ended_at", ts(p.endedAt()), "version", 0));
            for (WorkshopDump.StepState s : p.steps()) {
                insert("practice_step", row("practice_id", id, "position", s.position(),
                        "elapsed_seconds", s.elapsedSeconds(), "visited", s.visited(), "skipped", s.skipped()));
            }
            for (WorkshopDump.Note n : p.notes()) {
                insert("step_note", row("practice_id", id, "position", n.position(), "kind", n.kind(),
                        "text", Texts.clean(n.text()), "author_id", people.get(n.author() - 1),
                        "created_at", ts(n.createdAt())));
            }
            for (WorkshopDump.Score s : p.scores()) {
                long criterion = template.rubric().criteria().stream().filter(c -> c.position() == s.criterion())
                        .map(Rubric.Criterion::id).findFirst().orElseThrow();
                jdbc.update("insert into rubric_score (practice_id, criterion_id, points) values (?, ?, ?)", id,
                        criterion, s.points());
            }
        }
    }

    /** The same template if this installation has it (same name, kind, steps and criteria), else an imported copy. */
    private TemplateView localTemplate(TemplateView dumped) {
        return procedures.templates().stream()
                .filter(t -> t.name().equals(dumped.name()) && t.kind() == dumped.kind()
                        && sameSteps(t, dumped) && sameCriteria(t.rubric(), dumped.rubric()))
                .findFirst()
                .orElseGet(() -> procedures.importTemplate(dumped));
    }

    private static boolean sameSteps(TemplateView a, TemplateView b) {
        return a.steps().size() == b.steps().size() && a.steps().stream().allMatch(s ->
                b.steps().stream().anyMatch(o -> o.position() == s.position() && o.title().equals(s.title())));
    }

    private static boolean sameCriteria(Rubric a, Rubric b) {
        return a.criteria().size() == b.criteria().size() && a.criteria().stream().allMatch(c ->
                b.criteria().stream().anyMatch(o -> o.position() == c.position() && o.maxPoints() == c.maxPoints()));
    }

    private String newJoinCode() {
        String code;
        do {
            code = JoinCodes.next();
        } while (jdbc.queryForObject("select count(*) from workshop where join_code = ?", Integer.class, code) > 0);
        return code;
    }

    private long insert(String table, Map<String, Object> values) {
        SimpleJdbcInsert insert = inserts.computeIfAbsent(table, t -> new SimpleJdbcInsert(dataSource)
                .withTableName(t).usingGeneratedKeyColumns("id"));
        return insert.executeAndReturnKey(values).longValue();
    }

    private static Long person(List<Long> people, Integer key) {
        return key == null ? null : people.get(key - 1);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : Texts.clean(value);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
