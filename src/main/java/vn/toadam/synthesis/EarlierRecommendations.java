package vn.toadam.synthesis;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.toadam.base.NotFoundException;
import vn.toadam.base.TranslationProvider;
import vn.toadam.language.FeatureVector;
import vn.toadam.language.TextSimilarity;
import vn.toadam.security.ModeratorScope;

/**
 * Institutional memory: the agreed recommendations of earlier, closed workshops that read like a theme of this one,
 * so a class does not start from nothing; one is reused as a draft here. Only for trainers and moderator accounts:
 * a learner promoted to moderate their own class does not see other classes' outcomes.
 */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'MODERATOR')")
public class EarlierRecommendations {

    /** Below this an earlier recommendation is not shown beside a theme. */
    public static final double MIN_SIMILARITY = 0.2;
    /** At most this many are shown beside one theme. */
    public static final int SHOWN_MAX = 3;

    /** An agreed recommendation of an earlier class ("Lớp … (ngày) đã kiến nghị: …"). */
    public record Earlier(long id, String workshopTitle, String className, LocalDate heldOn, String title,
                          String body, double similarity) {

        Earlier at(double similarity) {
            return new Earlier(id, workshopTitle, className, heldOn, title, body, similarity);
        }
    }

    private final JdbcTemplate jdbc;
    private final TextSimilarity similarity;
    private final ModeratorScope scope;
    private final RecommendationService recommendations;
    private final SolutionMatcher.FeatureCache features;

    EarlierRecommendations(JdbcTemplate jdbc, TextSimilarity similarity, ModeratorScope scope,
                           RecommendationService recommendations) {
        this.jdbc = jdbc;
        this.similarity = similarity;
        this.scope = scope;
        this.recommendations = recommendations;
        this.features = new SolutionMatcher.FeatureCache(similarity);
    }

    /** For each text (a theme's cards), the earlier agreed recommendations most like it, best first. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public List<List<Earlier>> like(long workshopId, List<String> texts) {
        if (scope.isLimitedToOneWorkshop()) {
            return texts.stream().map(t -> List.<Earlier>of()).toList();
        }
        List<Earlier> agreed = agreed(workshopId);
        List<FeatureVector> vectors = agreed.stream()
                .map(e -> features.of(e.title() + " " + orEmpty(e.body()))).toList();
        return texts.stream().map(text -> {
            FeatureVector theme = similarity.features(text == null ? "" : text);
            return java.util.stream.IntStream.range(0, agreed.size())
                    .mapToObj(i -> agreed.get(i).at(similarity.similarity(theme, vectors.get(i))))
                    .filter(e -> e.similarity() >= MIN_SIMILARITY)
                    .sorted(Comparator.comparingDouble(Earlier::similarity).reversed())
                    .limit(SHOWN_MAX).toList();
        }).toList();
    }

    /** A new draft here with the earlier recommendation's words, citing this workshop's theme cards. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public RecommendationView reuse(long workshopId, long earlierId, Collection<Long> cardIds, Locale locale) {
        if (scope.isLimitedToOneWorkshop()) {
            throw new NotFoundException("recommendation.not-found");
        }
        Earlier e = agreed(workshopId).stream().filter(r -> r.id() == earlierId).findFirst()
                .orElseThrow(() -> new NotFoundException("recommendation.not-found"));
        RecommendationView created = recommendations.create(workshopId, e.title(), null, cardIds);
        String note = TranslationProvider.translate("earlier.reused-from", TranslationProvider.supported(locale),
                label(e));
        String body = (orEmpty(e.body()).isBlank() ? "" : e.body() + "\n") + note;
        return recommendations.update(created.with(e.title(), body.length() <= RecommendationView.BODY_MAX ? body
                : body.substring(0, RecommendationView.BODY_MAX), null, created.priority(), created.status(), null,
                null));
    }

    /** "Lớp bồi dưỡng … (25/11/2026)": the class, else the workshop's title, and its day. */
    public static String label(Earlier e) {
        String name = e.className() == null || e.className().isBlank() ? e.workshopTitle() : e.className();
        return e.heldOn() == null ? name
                : name + " (" + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(e.heldOn()) + ")";
    }

    private List<Earlier> agreed(long workshopId) {
        return jdbc.query("select r.id, w.title, w.class_name, w.held_on, r.title, r.body from recommendation r "
                        + "join workshop w on w.id = r.workshop_id where r.status = 'AGREED' "
                        + "and w.status in ('CLOSED', 'ARCHIVED') and w.id <> ? order by w.held_on desc, r.position",
                (rs, i) -> new Earlier(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), 0), workshopId);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
