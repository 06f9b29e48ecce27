package vn.toadam.synthesis;

import java.time.LocalDate;
import java.util.List;
import vn.toadam.board.CardType;

/** A recommendation as screens and exports show it, with its source cards and their groups. */
public record RecommendationView(Long id, long workshopId, String title, String body, String category,
                                 Priority priority, Status status, String owner, LocalDate dueOn, int position,
                                 long version, List<Source> sources) {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 2000;
    public static final int CATEGORY_MAX = 200;
    public static final int OWNER_MAX = 100;

    public enum Priority { HIGH, MEDIUM, LOW }

    public enum Status { DRAFT, AGREED }

    /** A card the recommendation cites. */
    public record Source(long cardId, String groupName, CardType type, String text, int votes) {
    }

    public int votes() {
        return sources.stream().mapToInt(Source::votes).sum();
    }

    public RecommendationView with(String title, String body, String category, Priority priority, Status status,
                                   String owner, LocalDate dueOn) {
        return new RecommendationView(id, workshopId, title, body, category, priority, status, owner, dueOn,
                position, version, sources);
    }
}
