package vn.toadam.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.toadam.procedure.TemplateView;

/**
 * A complete, versioned dump of one workshop. References between its parts use 1-based keys inside the file
 * (never database ids), so a dump restores anywhere and export → import → export gives the same content.
 */
public record WorkshopDump(String format, int version, Instant exportedAt, Workshop workshop, List<Group> groups,
                           List<Person> participants, List<Procedure> procedures, List<Card> cards,
                           List<Practice> practices, List<Recommendation> recommendations,
                           List<AnswerLink> answerLinks, List<ThemeLink> themeLinks) {

    public static final String FORMAT = "toa-dam-workshop";
    /** 2 added the moderator's links; a version 1 file (without them) still restores. */
    public static final int VERSION = 2;
    public static final int OLDEST_VERSION = 1;

    /** Files of version 1 have no links: read as none. */
    public WorkshopDump {
        answerLinks = answerLinks == null ? List.of() : answerLinks;
        themeLinks = themeLinks == null ? List.of() : themeLinks;
    }

    public record Workshop(String title, String className, LocalDate heldOn, String place, String status,
                           String createdBy, Instant createdAt) {
    }

    public record Group(int key, String name) {
    }

    public record Person(int key, int group, String name, String role, Instant joinedAt, boolean removed) {
    }

    public record Procedure(int key, TemplateView template) {
    }

    public record StepRef(int procedure, int position) {
    }

    public record Card(int key, int group, int author, String type, String text, Integer answers, StepRef step,
                       Instant createdAt, Instant updatedAt, List<Integer> reactions, List<Reply> replies,
                       List<Integer> votes, boolean hidden, String hiddenReason, String postedBy) {
    }

    /** A recommendation of the synthesis; {@code cards} are card keys. */
    public record Recommendation(String title, String body, String category, String priority, String status,
                                 String owner, LocalDate dueOn, Instant createdAt, Instant updatedAt,
                                 List<Integer> cards) {
    }

    /** A moderator's link "card {@code answer} answers difficulty {@code difficulty}" (card keys), across groups. */
    public record AnswerLink(int difficulty, int answer, String linkedBy, Instant linkedAt) {
    }

    /** A moderator's decision that two cards belong to one theme ({@code MUST}) or apart ({@code CANNOT}). */
    public record ThemeLink(int cardA, int cardB, String kind, String madeBy, Instant madeAt) {
    }

    public record Reply(int author, String text, Instant createdAt) {
    }

    public record Practice(int group, int procedure, String chairName, Integer chair, String secretaryName,
                           Integer leader, String members, String status, Integer currentPosition,
                           Instant currentStartedAt, Instant startedAt, Instant endedAt, List<StepState> steps,
                           List<Note> notes, List<Score> scores) {
    }

    public record StepState(int position, long elapsedSeconds, boolean visited, boolean skipped) {
    }

    public record Note(int position, String kind, String text, int author, Instant createdAt) {
    }

    public record Score(int criterion, int points) {
    }
}
