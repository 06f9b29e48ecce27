package vn.toadam.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.Texts;
import vn.toadam.board.Card;
import vn.toadam.board.CardType;
import vn.toadam.board.Reply;
import vn.toadam.procedure.NoteKind;
import vn.toadam.procedure.PracticeLimits;
import vn.toadam.procedure.PracticeStatus;
import vn.toadam.procedure.TemplateView;
import vn.toadam.workshop.Participant;
import vn.toadam.workshop.ParticipantRole;
import vn.toadam.workshop.Workshop;
import vn.toadam.workshop.WorkshopGroup;
import vn.toadam.workshop.WorkshopStatus;

/**
 * Checks a dump completely before anything is stored: format and version, every limit the screens enforce, and that
 * every key points at something in the file. A refusal names the part of the file that is wrong.
 */
final class DumpValidator {

    static final String FIELD = "file";
    /** Width of who made a moderator's link (answer_link.linked_by, theme_link.made_by). */
    static final int LINKED_BY_MAX = 100;

    private final WorkshopDump dump;

    private DumpValidator(WorkshopDump dump) {
        this.dump = dump;
    }

    static void validate(WorkshopDump dump) {
        if (dump == null || !WorkshopDump.FORMAT.equals(dump.format())) {
            throw new InvalidInputException(FIELD, "import.foreign");
        }
        if (dump.version() < WorkshopDump.OLDEST_VERSION || dump.version() > WorkshopDump.VERSION) {
            throw new InvalidInputException(FIELD, "import.version", dump.version(), WorkshopDump.VERSION);
        }
        new DumpValidator(dump).check();
    }

    private void check() {
        WorkshopDump.Workshop w = require(dump.workshop(), "$.workshop");
        text(w.title(), "$.workshop.title", Workshop.TITLE_MAX, true);
        text(w.className(), "$.workshop.className", Workshop.CLASS_NAME_MAX, false);
        text(w.place(), "$.workshop.place", Workshop.PLACE_MAX, false);
        enumValue(WorkshopStatus.class, w.status(), "$.workshop.status");
        List<WorkshopDump.Group> groups = require(dump.groups(), "groups");
        if (groups.size() < Workshop.GROUPS_MIN || groups.size() > Workshop.GROUPS_MAX) {
            fail("groups");
        }
        for (int i = 0; i < groups.size(); i++) {
            WorkshopDump.Group g = require(groups.get(i), "groups[" + i + "]");
            sequential(g.key(), i, "groups[" + i + "].key");
            text(g.name(), "groups[" + i + "].name", WorkshopGroup.NAME_MAX, true);
        }
        List<WorkshopDump.Person> people = require(dump.participants(), "participants");
        for (int i = 0; i < people.size(); i++) {
            String at = "participants[" + i + "]";
            WorkshopDump.Person p = require(people.get(i), at);
            sequential(p.key(), i, at + ".key");
            inRange(p.group(), groups.size(), at + ".group");
            text(p.name(), at + ".name", Participant.NAME_MAX, true);
            enumValue(ParticipantRole.class, p.role(), at + ".role");
            require(p.joinedAt(), at + ".joinedAt");
        }
        List<WorkshopDump.Procedure> procedures = require(dump.procedures(), "procedures");
        for (int i = 0; i < procedures.size(); i++) {
            WorkshopDump.Procedure p = require(procedures.get(i), "procedures[" + i + "]");
            sequential(p.key(), i, "procedures[" + i + "].key");
            TemplateView t = require(p.template(), "procedures[" + i + "].template");
            text(t.name(), "procedures[" + i + "].template.name", 200, true);
            if (t.steps() == null || t.steps().isEmpty() || t.rubric() == null || t.kind() == null) {
                fail("procedures[" + i + "].template");
            }
        }
        checkCards(people, procedures);
        checkRecommendations(dump.cards().size());
        checkLinks(dump.cards());
        checkPractices(groups.size(), people.size(), procedures);
    }

    private void checkCards(List<WorkshopDump.Person> people, List<WorkshopDump.Procedure> procedures) {
        List<WorkshopDump.Card> cards = require(dump.cards(), "cards");
        for (int i = 0; i < cards.size(); i++) {
            String at = "cards[" + i + "]";
            WorkshopDump.Card c = require(cards.get(i), at);
            sequential(c.key(), i, at + ".key");
            inRange(c.author(), people.size(), at + ".author");
            if (people.get(c.author() - 1).group() != c.group()) {
                fail(at + ".group");
            }
            CardType type = enumValue(CardType.class, c.type(), at + ".type");
            text(c.text(), at + ".text", Card.TEXT_MAX, true);
            text(c.hiddenReason(), at + ".hiddenReason", vn.toadam.board.CardSnapshot.HIDDEN_REASON_MAX, false);
            text(c.postedBy(), at + ".postedBy", 100, false);
            if (c.answers() != null) {
                inRange(c.answers(), cards.size(), at + ".answers");
                WorkshopDump.Card answered = cards.get(c.answers() - 1);
                if (type != CardType.SOLUTION || answered == null || answered.group() != c.group()
                        || !CardType.DIFFICULTY.name().equals(answered.type())) {
                    fail(at + ".answers");
                }
            }
            if (c.step() != null) {
                stepExists(c.step().procedure(), c.step().position(), procedures, at + ".step");
            }
            require(c.createdAt(), at + ".createdAt");
            require(c.updatedAt(), at + ".updatedAt");
            Set<Integer> reactors = new HashSet<>();
            for (Integer r : require(c.reactions(), at + ".reactions")) {
                inRange(require(r, at + ".reactions"), people.size(), at + ".reactions");
                if (!reactors.add(r)) {
                    fail(at + ".reactions");
                }
            }
            for (Integer v : require(c.votes(), at + ".votes")) {
                inRange(require(v, at + ".votes"), people.size(), at + ".votes");
            }
            List<WorkshopDump.Reply> replies = require(c.replies(), at + ".replies");
            for (int j = 0; j < replies.size(); j++) {
                WorkshopDump.Reply r = require(replies.get(j), at + ".replies[" + j + "]");
                inRange(r.author(), people.size(), at + ".replies[" + j + "].author");
                text(r.text(), at + ".replies[" + j + "].text", Reply.TEXT_MAX, true);
                require(r.createdAt(), at + ".replies[" + j + "].createdAt");
            }
        }
    }

    private void checkRecommendations(int cards) {
        List<WorkshopDump.Recommendation> list = require(dump.recommendations(), "recommendations");
        for (int i = 0; i < list.size(); i++) {
            String at = "recommendations[" + i + "]";
            WorkshopDump.Recommendation r = require(list.get(i), at);
            text(r.title(), at + ".title", vn.toadam.synthesis.RecommendationView.TITLE_MAX, true);
            text(r.body(), at + ".body", vn.toadam.synthesis.RecommendationView.BODY_MAX, false);
            text(r.category(), at + ".category", vn.toadam.synthesis.RecommendationView.CATEGORY_MAX, false);
            text(r.owner(), at + ".owner", vn.toadam.synthesis.RecommendationView.OWNER_MAX, false);
            enumValue(vn.toadam.synthesis.RecommendationView.Priority.class, r.priority(), at + ".priority");
            enumValue(vn.toadam.synthesis.RecommendationView.Status.class, r.status(), at + ".status");
            require(r.createdAt(), at + ".createdAt");
            require(r.updatedAt(), at + ".updatedAt");
            for (Integer card : require(r.cards(), at + ".cards")) {
                inRange(require(card, at + ".cards"), cards, at + ".cards");
            }
        }
    }

    /** Links join an answer (solution or experience) to a difficulty, or two distinct cards, each pair once. */
    private void checkLinks(List<WorkshopDump.Card> cards) {
        Set<String> seen = new HashSet<>();
        List<WorkshopDump.AnswerLink> answers = dump.answerLinks();
        for (int i = 0; i < answers.size(); i++) {
            String at = "answerLinks[" + i + "]";
            WorkshopDump.AnswerLink l = require(answers.get(i), at);
            inRange(l.difficulty(), cards.size(), at + ".difficulty");
            inRange(l.answer(), cards.size(), at + ".answer");
            if (!"DIFFICULTY".equals(cards.get(l.difficulty() - 1).type())
                    || !Set.of("SOLUTION", "EXPERIENCE").contains(cards.get(l.answer() - 1).type())
                    || !seen.add(l.difficulty() + "/" + l.answer())) {
                fail(at);
            }
            text(l.linkedBy(), at + ".linkedBy", LINKED_BY_MAX, true);
            require(l.linkedAt(), at + ".linkedAt");
        }
        seen.clear();
        List<WorkshopDump.ThemeLink> themes = dump.themeLinks();
        for (int i = 0; i < themes.size(); i++) {
            String at = "themeLinks[" + i + "]";
            WorkshopDump.ThemeLink l = require(themes.get(i), at);
            inRange(l.cardA(), cards.size(), at + ".cardA");
            inRange(l.cardB(), cards.size(), at + ".cardB");
            if (l.cardA() == l.cardB() || !Set.of("MUST", "CANNOT").contains(String.valueOf(l.kind()))
                    || !seen.add(Math.min(l.cardA(), l.cardB()) + "/" + Math.max(l.cardA(), l.cardB()))) {
                fail(at);
            }
            text(l.madeBy(), at + ".madeBy", LINKED_BY_MAX, true);
            require(l.madeAt(), at + ".madeAt");
        }
    }

    private void checkPractices(int groups, int people, List<WorkshopDump.Procedure> procedures) {
        List<WorkshopDump.Practice> practices = require(dump.practices(), "practices");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < practices.size(); i++) {
            String at = "practices[" + i + "]";
            WorkshopDump.Practice p = require(practices.get(i), at);
            inRange(p.group(), groups, at + ".group");
            inRange(p.procedure(), procedures.size(), at + ".procedure");
            if (!seen.add(p.group() + "/" + p.procedure())) {
                fail(at);
            }
            if (p.chair() != null) {
                inRange(p.chair(), people, at + ".chair");
            }
            if (p.leader() != null) {
                inRange(p.leader(), people, at + ".leader");
            }
            text(p.chairName(), at + ".chairName", PracticeLimits.NAME_MAX, false);
            text(p.secretaryName(), at + ".secretaryName", PracticeLimits.NAME_MAX, false);
            text(p.members(), at + ".members", PracticeLimits.MEMBERS_MAX, false);
            enumValue(PracticeStatus.class, p.status(), at + ".status");
            TemplateView template = procedures.get(p.procedure() - 1).template();
            if (p.currentPosition() != null) {
                stepExists(p.procedure(), p.currentPosition(), procedures, at + ".currentPosition");
            }
            for (WorkshopDump.StepState s : require(p.steps(), at + ".steps")) {
                stepExists(p.procedure(), require(s, at + ".steps").position(), procedures, at + ".steps");
            }
            List<WorkshopDump.Note> notes = require(p.notes(), at + ".notes");
            for (int j = 0; j < notes.size(); j++) {
                String noteAt = at + ".notes[" + j + "]";
                WorkshopDump.Note n = require(notes.get(j), noteAt);
                stepExists(p.procedure(), n.position(), procedures, noteAt + ".position");
                enumValue(NoteKind.class, n.kind(), noteAt + ".kind");
                text(n.text(), noteAt + ".text", PracticeLimits.NOTE_MAX, true);
                inRange(n.author(), people, noteAt + ".author");
                require(n.createdAt(), noteAt + ".createdAt");
            }
            for (WorkshopDump.Score s : require(p.scores(), at + ".scores")) {
                var criterion = template.rubric().criteria().stream()
                        .filter(c -> c.position() == require(s, at + ".scores").criterion()).findFirst();
                if (criterion.isEmpty() || s.points() < 0 || s.points() > criterion.get().maxPoints()) {
                    fail(at + ".scores");
                }
            }
        }
    }

    private static void stepExists(int procedure, int position, List<WorkshopDump.Procedure> procedures, String at) {
        inRange(procedure, procedures.size(), at);
        if (procedures.get(procedure - 1).template().steps().stream().noneMatch(s -> s.position() == position)) {
            fail(at);
        }
    }

    private static void sequential(int key, int index, String at) {
        if (key != index + 1) {
            fail(at);
        }
    }

    private static void inRange(int key, int size, String at) {
        if (key < 1 || key > size) {
            fail(at);
        }
    }

    private static void text(String value, String at, int max, boolean required) {
        try {
            if (required) {
                Texts.require(value, at, max);
            } else {
                Texts.optional(value, at, max);
            }
        } catch (InvalidInputException e) {
            fail(at);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String at) {
        try {
            return Enum.valueOf(type, require(value, at));
        } catch (IllegalArgumentException e) {
            fail(at);
            return null;
        }
    }

    private static <T> T require(T value, String at) {
        if (value == null) {
            fail(at);
        }
        return value;
    }

    private static void fail(String at) {
        throw new InvalidInputException(FIELD, "import.invalid", at.startsWith("$.") ? at : "$." + at);
    }
}
