package vn.toadam.synthesis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toadam.base.ConflictException;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotFoundException;
import vn.toadam.base.Texts;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/** The moderator's recommendations: made from a theme or chosen cards, edited, ordered; for trainers too. */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'MODERATOR')")
public class RecommendationService {

    private final RecommendationRepository recommendations;
    private final WorkshopService workshops;
    private final CardService cards;
    private final VoteService votes;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    RecommendationService(RecommendationRepository recommendations, WorkshopService workshops, CardService cards,
                          VoteService votes, ApplicationEventPublisher events, PlatformTransactionManager txManager,
                          Clock clock) {
        this.recommendations = recommendations;
        this.workshops = workshops;
        this.cards = cards;
        this.votes = votes;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public List<RecommendationView> list(long workshopId) {
        List<Recommendation> list = tx.execute(s -> {
            List<Recommendation> found = recommendations.findByWorkshopIdOrderByPositionAscIdAsc(workshopId);
            found.forEach(r -> r.getCardIds().size());
            return found;
        });
        Sources sources = sources(workshopId);
        return list.stream().map(r -> r.view(sources.of(r.getCardIds()))).toList();
    }

    /** A new draft citing the given cards of this workshop, at the end of the list. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public RecommendationView create(long workshopId, String title, String category, Collection<Long> cardIds) {
        String cleanTitle = Texts.require(title, "title", RecommendationView.TITLE_MAX);
        String cleanCategory = Texts.optional(category, "category", RecommendationView.CATEGORY_MAX);
        Sources sources = sources(workshopId);
        if (!sources.cards().keySet().containsAll(cardIds)) {
            throw new InvalidInputException("cards", "recommendation.cards.unknown");
        }
        return write(workshopId, () -> {
            int position = recommendations.findByWorkshopIdOrderByPositionAscIdAsc(workshopId).size();
            Recommendation r = recommendations.saveAndFlush(new Recommendation(workshopId, cleanTitle, cleanCategory,
                    new LinkedHashSet<>(cardIds), position, clock.instant()));
            return r.view(sources.of(r.getCardIds()));
        });
    }

    /** Saves an edit made on {@code edited.version()}; if someone saved in between, refuses so nothing is lost. */
    @PreAuthorize("@moderatorScope.mayModerate(#edited.workshopId())")
    public RecommendationView update(RecommendationView edited) {
        String title = Texts.require(edited.title(), "title", RecommendationView.TITLE_MAX);
        String body = Texts.optional(edited.body(), "body", RecommendationView.BODY_MAX);
        String category = Texts.optional(edited.category(), "category", RecommendationView.CATEGORY_MAX);
        String owner = Texts.optional(edited.owner(), "owner", RecommendationView.OWNER_MAX);
        if (edited.priority() == null) {
            throw new InvalidInputException("priority", "error.required");
        }
        if (edited.status() == null) {
            throw new InvalidInputException("status", "error.required");
        }
        Sources sources = sources(edited.workshopId());
        return write(edited.workshopId(), () -> {
            Recommendation r = require(edited.workshopId(), edited.id());
            if (r.getVersion() != edited.version()) {
                throw new ConflictException("recommendation.changed-meanwhile");
            }
            r.edit(edited.with(title, body, category, edited.priority(), edited.status(), owner, edited.dueOn()),
                    clock.instant());
            Recommendation saved = recommendations.saveAndFlush(r);
            return saved.view(sources.of(saved.getCardIds()));
        });
    }

    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public void delete(long workshopId, long id) {
        write(workshopId, () -> {
            recommendations.delete(require(workshopId, id));
            renumber(recommendations.findByWorkshopIdOrderByPositionAscIdAsc(workshopId));
            return null;
        });
    }

    /** Takes a card out of a recommendation (splitting a theme that mixed two things). */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public void removeCard(long workshopId, long id, long cardId) {
        write(workshopId, () -> {
            require(workshopId, id).getCardIds().remove(cardId);
            return null;
        });
    }

    /** Merges one recommendation into another: the cards of both, the target's text; the source goes. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public void merge(long workshopId, long sourceId, long targetId) {
        if (sourceId == targetId) {
            return;
        }
        write(workshopId, () -> {
            Recommendation source = require(workshopId, sourceId);
            Recommendation target = require(workshopId, targetId);
            if (source.getWorkshopId() != workshopId || target.getWorkshopId() != workshopId) {
                throw new NotFoundException("recommendation.not-found");
            }
            target.getCardIds().addAll(source.getCardIds());
            recommendations.delete(source);
            recommendations.flush();
            renumber(recommendations.findByWorkshopIdOrderByPositionAscIdAsc(workshopId));
            return null;
        });
    }

    /** Moves a recommendation up (-1) or down (+1). */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public void move(long workshopId, long id, int delta) {
        write(workshopId, () -> {
            List<Recommendation> list = new ArrayList<>(recommendations.findByWorkshopIdOrderByPositionAscIdAsc(workshopId));
            int from = list.indexOf(require(workshopId, id));
            int to = Math.max(0, Math.min(list.size() - 1, from + delta));
            list.add(to, list.remove(from));
            renumber(list);
            return null;
        });
    }

    /** Orders the list by the votes of each recommendation's source cards, most first. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public void orderByVotes(long workshopId) {
        Map<Long, Integer> totals = votes.workshopTotals(workshopId);
        write(workshopId, () -> {
            List<Recommendation> list = new ArrayList<>(recommendations.findByWorkshopIdOrderByPositionAscIdAsc(workshopId));
            list.sort(Comparator.comparingInt((Recommendation r) -> -r.getCardIds().stream()
                    .mapToInt(c -> totals.getOrDefault(c, 0)).sum()));
            renumber(list);
            return null;
        });
    }

    private static void renumber(List<Recommendation> list) {
        for (int i = 0; i < list.size(); i++) {
            list.get(i).setPosition(i);
        }
    }

    private Recommendation require(long workshopId, long id) {
        return recommendations.findById(id).filter(r -> r.getWorkshopId() == workshopId)
                .orElseThrow(() -> new NotFoundException("recommendation.not-found"));
    }

    private <T> T write(long workshopId, Supplier<T> work) {
        try {
            T result = tx.execute(status -> {
                T value = work.get();
                events.publishEvent(new RecommendationsChanged(workshopId));
                return value;
            });
            return result;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("recommendation.changed-meanwhile");
        }
    }

    private record Sources(Map<Long, CardSnapshot> cards, Map<Long, String> groupNames, Map<Long, Integer> totals) {
        List<RecommendationView.Source> of(Collection<Long> ids) {
            return ids.stream().map(cards::get).filter(Objects::nonNull)
                    .map(c -> new RecommendationView.Source(c.id(), groupNames.get(c.groupId()), c.type(), c.text(),
                            totals.getOrDefault(c.id(), 0))).toList();
        }
    }

    private Sources sources(long workshopId) {
        WorkshopSummary workshop = workshops.get(workshopId);
        return new Sources(cards.workshopCards(workshopId).stream()
                .collect(Collectors.toMap(CardSnapshot::id, Function.identity())),
                workshop.groups().stream().collect(Collectors.toMap(WorkshopSummary.GroupInfo::id,
                        WorkshopSummary.GroupInfo::name)),
                votes.workshopTotals(workshopId));
    }
}
