package vn.toadam.synthesis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotFoundException;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.language.Corpus;
import vn.toadam.language.FeatureVector;
import vn.toadam.language.TextSimilarity;
import vn.toadam.language.ThemeClusterer;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/**
 * For a difficulty, the solutions and experiences of any group that answer it, ranked by how alike they read and by
 * their votes; the moderator links the right ones (across groups), and difficulties that read alike form themes.
 */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'MODERATOR')")
public class SolutionMatcher {

    /** Below this a card is not offered as an answer (unless someone linked it). */
    public static final double MIN_SIMILARITY = 0.12;
    /** At most this many answers are listed for one difficulty or theme. */
    public static final int MAX_MATCHES = 8;
    /** Each vote lifts a card's rank by this much similarity, up to {@link #VOTES_COUNTED_MAX} votes. */
    static final double VOTE_WEIGHT = 0.02;
    static final int VOTES_COUNTED_MAX = 10;

    /** A card answering a difficulty; {@code linkedBy} is the moderator who linked it (null: the learner did). */
    public record Match(long cardId, long groupId, String groupName, CardType type, String text, int votes,
                        double similarity, boolean linked, String linkedBy) {
    }

    /** A difficulty as a theme lists it. */
    public record Difficulty(long cardId, long groupId, String groupName, String text, int votes) {
    }

    /** Difficulties of any group that read alike (the first is the most representative) and what answers them. */
    public record DifficultyTheme(List<Difficulty> difficulties, List<Match> answers) {

        public Difficulty representative() {
            return difficulties.get(0);
        }

        public List<Long> cardIds() {
            return difficulties.stream().map(Difficulty::cardId).toList();
        }
    }

    private final CardService cards;
    private final WorkshopService workshops;
    private final VoteService votes;
    private final AnswerLinks links;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;
    private final FeatureCache features;
    private final ApplicationEventPublisher events;

    SolutionMatcher(CardService cards, WorkshopService workshops, VoteService votes, AnswerLinks links, Clock clock,
                    SecurityContextHolderStrategy security, TextSimilarity similarity,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.features = new FeatureCache(similarity);
        this.cards = cards;
        this.workshops = workshops;
        this.votes = votes;
        this.links = links;
        this.clock = clock;
        this.security = security;
    }

    /** The answers to one difficulty, linked ones first, then by similarity lifted by votes. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public List<Match> matches(long workshopId, long difficultyId) {
        Board board = board(workshopId);
        return board.answersTo(List.of(board.difficulty(difficultyId)));
    }

    /** Every difficulty of the workshop in themes (alike difficulties of any group together), with their answers. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public List<DifficultyTheme> themes(long workshopId) {
        Board board = board(workshopId);
        // Themes are found among all cards (as the suggested themes are), then each keeps its difficulties.
        List<DifficultyTheme> themes = new ArrayList<>();
        List<CardType> kinds = board.visible().stream().map(CardSnapshot::type).toList();
        for (List<Integer> group : ThemeClusterer.cluster(board.corpus(),
                ThemeClusterer.Options.threshold(ThemeClusterer.DEFAULT_THRESHOLD).withKinds(kinds))) {
            List<CardSnapshot> difficulties = group.stream().map(board.visible()::get)
                    .filter(c -> c.type() == CardType.DIFFICULTY).toList();
            if (!difficulties.isEmpty()) {
                themes.add(board.theme(difficulties));
            }
        }
        themes.sort(Comparator.comparingInt((DifficultyTheme t) -> -t.difficulties().size())
                .thenComparingInt(t -> -t.difficulties().stream().mapToInt(Difficulty::votes).sum()));
        return themes;
    }

    /** The difficulties among the given cards as one theme, with what answers them; empty if there are none. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public java.util.Optional<DifficultyTheme> theme(long workshopId, java.util.Collection<Long> cardIds) {
        Board board = board(workshopId);
        java.util.Set<Long> ids = new java.util.HashSet<>(cardIds);
        List<CardSnapshot> difficulties = board.visible().stream()
                .filter(c -> c.type() == CardType.DIFFICULTY && ids.contains(c.id())).toList();
        return difficulties.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(board.theme(difficulties));
    }

    /** Records that the card (a solution or experience of any group) answers the difficulty, made by the caller. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    @Transactional
    public void link(long workshopId, long difficultyId, long answerId) {
        Board board = board(workshopId);
        board.difficulty(difficultyId);
        CardSnapshot answer = board.card(answerId);
        if (answer.type() != CardType.SOLUTION && answer.type() != CardType.EXPERIENCE) {
            throw new InvalidInputException("answers", "card.link.not-solution");
        }
        links.link(difficultyId, answerId, security.getContext().getAuthentication().getName(), clock.instant());
        events.publishEvent(new ModeratorLinksChanged(workshopId,
                security.getContext().getAuthentication().getName()));
    }

    /** Takes back a moderator's link (a learner's own link within the group stays theirs to change). */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    @Transactional
    public void unlink(long workshopId, long difficultyId, long answerId) {
        Board board = board(workshopId);
        board.difficulty(difficultyId);
        links.unlink(difficultyId, answerId);
        events.publishEvent(new ModeratorLinksChanged(workshopId,
                security.getContext().getAuthentication().getName()));
    }

    private Board board(long workshopId) {
        WorkshopSummary workshop = workshops.get(workshopId);
        Map<Long, CardSnapshot> all = cards.workshopCards(workshopId).stream()
                .collect(Collectors.toMap(CardSnapshot::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<CardSnapshot> visible = all.values().stream().filter(c -> !c.deleted() && !c.hidden()).toList();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < visible.size(); i++) {
            index.put(visible.get(i).id(), i);
        }
        return new Board(all, visible, index, Corpus.of(visible.stream().map(c -> features.of(c.text())).toList()),
                workshop.groups().stream().collect(Collectors.toMap(WorkshopSummary.GroupInfo::id,
                        WorkshopSummary.GroupInfo::name)),
                votes.workshopTotals(workshopId), links.of(workshopId));
    }

    /** One workshop's cards, votes and links, read once per request. */
    private record Board(Map<Long, CardSnapshot> cards, List<CardSnapshot> visible, Map<Long, Integer> index,
                         Corpus corpus, Map<Long, String> groupNames, Map<Long, Integer> votes,
                         Map<Long, Map<Long, String>> moderatorLinks) {

        /** The card's features weighted within this workshop (a word every card uses counts little). */
        FeatureVector features(long cardId) {
            Integer i = index.get(cardId);
            return i == null ? FeatureVector.EMPTY : corpus.vector(i);
        }

        CardSnapshot card(long id) {
            CardSnapshot c = cards.get(id);
            if (c == null || c.deleted()) {
                throw new NotFoundException("card.not-found");
            }
            return c;
        }

        CardSnapshot difficulty(long id) {
            CardSnapshot c = card(id);
            if (c.type() != CardType.DIFFICULTY) {
                throw new InvalidInputException("answers", "card.link.not-difficulty");
            }
            return c;
        }

        Difficulty asDifficulty(CardSnapshot c) {
            return new Difficulty(c.id(), c.groupId(), groupNames.get(c.groupId()), c.text(),
                    votes.getOrDefault(c.id(), 0));
        }

        /** The difficulties with the most representative (the one most like the others) first. */
        DifficultyTheme theme(List<CardSnapshot> difficulties) {
            List<Integer> indexes = difficulties.stream().map(c -> index.get(c.id())).toList();
            int central = indexes.indexOf(corpus.centralIndex(indexes));
            List<CardSnapshot> ordered = new ArrayList<>();
            ordered.add(difficulties.get(central));
            for (int i = 0; i < difficulties.size(); i++) {
                if (i != central) {
                    ordered.add(difficulties.get(i));
                }
            }
            return new DifficultyTheme(ordered.stream().map(this::asDifficulty).toList(), answersTo(ordered));
        }

        /** What answers any of the difficulties: each card once, with its best similarity to one of them. */
        List<Match> answersTo(List<CardSnapshot> difficulties) {
            Map<Long, Match> best = new HashMap<>();
            for (CardSnapshot answer : visible()) {
                if (answer.type() != CardType.SOLUTION && answer.type() != CardType.EXPERIENCE) {
                    continue;
                }
                for (CardSnapshot difficulty : difficulties) {
                    String linkedBy = moderatorLinks.getOrDefault(difficulty.id(), Map.of()).get(answer.id());
                    boolean linked = linkedBy != null || Long.valueOf(difficulty.id()).equals(answer.answersCardId());
                    double similarity = Math.max(0, Math.min(1, features(difficulty.id()).dot(features(answer.id()))));
                    if (!linked && similarity < MIN_SIMILARITY) {
                        continue;
                    }
                    Match m = new Match(answer.id(), answer.groupId(), groupNames.get(answer.groupId()), answer.type(),
                            answer.text(), votes.getOrDefault(answer.id(), 0), similarity, linked, linkedBy);
                    best.merge(answer.id(), m, (a, b) -> RANK.compare(a, b) <= 0 ? a : b);
                }
            }
            return best.values().stream().sorted(RANK).limit(MAX_MATCHES).toList();
        }
    }

    /**
     * Features per text, computed once: a card's text rarely changes and the thesaurus only when a trainer edits it
     * (then {@link TextSimilarity#generation} moves on and the cache starts again). Bounded by clearing when full.
     */
    static final class FeatureCache {

        static final int ENTRIES_MAX = 50_000;

        private final TextSimilarity similarity;
        private final Map<String, FeatureVector> cache = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile long generation = -1;

        FeatureCache(TextSimilarity similarity) {
            this.similarity = similarity;
        }

        FeatureVector of(String text) {
            long now = similarity.generation();
            if (now != generation || cache.size() >= ENTRIES_MAX) {
                cache.clear();
                generation = now;
            }
            return cache.computeIfAbsent(text, similarity::features);
        }
    }

    static double score(Match m) {
        return m.similarity() + VOTE_WEIGHT * Math.min(m.votes(), VOTES_COUNTED_MAX);
    }

    private static final Comparator<Match> RANK = Comparator.comparing((Match m) -> !m.linked())
            .thenComparing(Comparator.comparingDouble(SolutionMatcher::score).reversed())
            .thenComparingLong(Match::cardId);
}
