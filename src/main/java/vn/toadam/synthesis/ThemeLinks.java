package vn.toadam.synthesis;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toadam.base.InvalidInputException;

/**
 * What a moderator taught the theme suggestions of one workshop: merging two themes keeps their cards together
 * (must-link), taking a card out of a theme keeps it apart from the rest (cannot-link). The latest decision about
 * a pair wins. {@link CardThemes#themes(List, double, List, List)} honours {@link #of}.
 */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'MODERATOR')")
public class ThemeLinks {

    /** Cards of one side of a merge or split that are linked; must-links chain, so a few per card suffice. */
    public static final int CARDS_PER_SIDE_MAX = 200;

    public record Links(List<long[]> together, List<long[]> apart) {
    }

    enum Kind { MUST, CANNOT }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ThemeLinks(JdbcTemplate jdbc, SecurityContextHolderStrategy security, Clock clock,
               ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.security = security;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public Links of(long workshopId) {
        List<long[]> together = new ArrayList<>();
        List<long[]> apart = new ArrayList<>();
        jdbc.query("select card_a, card_b, kind from theme_link where workshop_id = ?", rs -> {
            long[] pair = {rs.getLong(1), rs.getLong(2)};
            (Kind.MUST.name().equals(rs.getString(3)) ? together : apart).add(pair);
        }, workshopId);
        return new Links(together, apart);
    }

    /** The two themes are one: every card of the second is linked to the first's cards (a chain is enough). */
    @Transactional
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public void merge(long workshopId, Collection<Long> theme, Collection<Long> other) {
        List<Long> a = cardsOf(workshopId, theme);
        List<Long> b = cardsOf(workshopId, other);
        if (a.isEmpty() || b.isEmpty()) {
            throw new InvalidInputException(null, "themes.merge.empty");
        }
        // a spanning chain: each card with the next, then the two themes joined once
        List<Long> all = java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
        for (int i = 1; i < all.size(); i++) {
            store(workshopId, all.get(i - 1), all.get(i), Kind.MUST);
        }
        events.publishEvent(new ModeratorLinksChanged(workshopId,
                security.getContext().getAuthentication().getName()));
    }

    /** The card does not belong with the rest of its theme. */
    @Transactional
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public void split(long workshopId, long cardId, Collection<Long> rest) {
        if (cardsOf(workshopId, List.of(cardId)).isEmpty()) {
            throw new InvalidInputException(null, "themes.split.unknown");
        }
        for (long other : cardsOf(workshopId, rest)) {
            if (other != cardId) {
                store(workshopId, cardId, other, Kind.CANNOT);
            }
        }
        events.publishEvent(new ModeratorLinksChanged(workshopId,
                security.getContext().getAuthentication().getName()));
    }

    private void store(long workshopId, long x, long y, Kind kind) {
        long a = Math.min(x, y);
        long b = Math.max(x, y);
        jdbc.update("delete from theme_link where card_a = ? and card_b = ?", a, b);
        try {
            jdbc.update("insert into theme_link (workshop_id, card_a, card_b, kind, made_by, made_at) "
                    + "values (?, ?, ?, ?, ?, ?)", workshopId, a, b, kind.name(),
                    security.getContext().getAuthentication().getName(), Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException sameMoment) {
            // another moderator decided about this pair at the same moment: theirs stands
        }
    }

    /** The given cards that are this workshop's and not deleted, at most {@link #CARDS_PER_SIDE_MAX}, in the order given. */
    private List<Long> cardsOf(long workshopId, Collection<Long> ids) {
        List<Long> wanted = ids.stream().distinct().limit(CARDS_PER_SIDE_MAX).toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Set<Long> known = new HashSet<>(named.queryForList(
                "select id from card where workshop_id = :w and deleted = false and id in (:ids)",
                new MapSqlParameterSource("w", workshopId).addValue("ids", wanted), Long.class));
        return wanted.stream().filter(known::contains).toList();
    }
}
