package vn.toadam.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.toadam.board.CardType;

/**
 * The outcome of a workshop as the report shows it, already in the reader's language: every writer (DOCX, PDF,
 * XLSX, CSV) renders this one model, so the files always say the same thing. {@code organisation} is who issues it.
 */
public record WorkshopReport(Locale locale, String title, String className, LocalDate heldOn, String place,
                             String joinCode, Instant generatedAt, List<Group> groups,
                             List<Recommendation> recommendations, Organisation organisation,
                             List<DifficultyTheme> difficultyThemes) {

    /** A report without the "difficulties and solutions" section (nothing matched yet, or a test's report). */
    public WorkshopReport(Locale locale, String title, String className, LocalDate heldOn, String place,
                          String joinCode, Instant generatedAt, List<Group> groups,
                          List<Recommendation> recommendations, Organisation organisation) {
        this(locale, title, className, heldOn, place, joinCode, generatedAt, groups, recommendations, organisation,
                List.of());
    }

    /** Alike difficulties of any group and, per group, the solutions and experiences that answer them. */
    public record DifficultyTheme(String difficulty, String raisedIn, int cards, List<GroupAnswers> answers) {
    }

    /** One group's answers to a theme, each line already worded ("Giải pháp: … (3 phiếu, đã liên kết)"). */
    public record GroupAnswers(String group, List<String> lines) {
    }

    public record Group(String name, List<String> participants, List<Meeting> meetings, List<CardLine> cards) {

        public List<CardLine> cardsOf(CardType type) {
            return cards.stream().filter(c -> c.type() == type).toList();
        }

        /** Solutions that answer the given difficulty. */
        public List<CardLine> solutionsFor(long difficultyId) {
            return cards.stream().filter(c -> c.type() == CardType.SOLUTION && c.answersId() != null
                    && c.answersId() == difficultyId).toList();
        }

        /** Solutions that answer no difficulty of the group. */
        public List<CardLine> standaloneSolutions() {
            var difficultyIds = cardsOf(CardType.DIFFICULTY).stream().map(CardLine::id).toList();
            return cards.stream().filter(c -> c.type() == CardType.SOLUTION
                    && (c.answersId() == null || !difficultyIds.contains(c.answersId()))).toList();
        }

        public String leader() {
            return meetings.stream().map(Meeting::leader).filter(n -> n != null && !n.isBlank()).findFirst()
                    .orElse("");
        }

        public String secretary() {
            return meetings.stream().map(Meeting::secretary).filter(n -> n != null && !n.isBlank()).findFirst()
                    .orElse("");
        }
    }

    /** One practised meeting of a group. {@code total} is null while nothing is scored. */
    public record Meeting(String procedure, String chair, String secretary, String leader, String status,
                          long minutes, List<Step> steps, List<Score> scores, Integer total, int maxTotal,
                          String band) {
    }

    public record Step(int position, String title, long minutes, int plannedMinutes, boolean skipped,
                       List<String> strengths, List<String> limitations) {
    }

    public record Score(String criterion, Integer points, int maxPoints) {
    }

    /** A recommendation with the cards it cites ("Tổ 1 · Khó khăn: …"). */
    public record Recommendation(String title, String body, String category, String priority, String status,
                                 String owner, LocalDate dueOn, int votes, List<String> sources) {
    }

    /** A card with what the report says about it; {@code votes} counts dot votes when the workshop has them. */
    public record CardLine(long id, CardType type, String text, String author, String step, Long answersId,
                           int plusOnes, int votes, List<String> replies, Instant createdAt) {
    }
}
