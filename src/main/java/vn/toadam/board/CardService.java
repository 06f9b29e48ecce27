package vn.toadam.board;

import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toadam.base.ConflictException;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotAllowedException;
import vn.toadam.base.NotFoundException;
import vn.toadam.base.Texts;
import vn.toadam.security.ModeratorScope;
import vn.toadam.security.RateLimiter;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;

/**
 * Cards on group boards. Every write checks who is asking, commits, and then announces a {@link CardChanged}
 * with the card's new snapshot.
 */
@Service
public class CardService {

    /** A participant may post at most this many cards a minute (a flood from a script or a stuck key is refused). */
    public static final int POSTS_PER_MINUTE = 10;
    static final java.time.Duration POST_WINDOW = java.time.Duration.ofMinutes(1);

    private final CardRepository cards;
    private final ReactionRepository reactions;
    private final ReplyRepository replies;
    private final WorkshopService workshops;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnlyTx;
    private final Clock clock;
    private final EntityManager entityManager;
    private final StepCatalog stepCatalog;
    private final RateLimiter rateLimiter;
    private final ModeratorScope moderatorScope;
    private final List<PostingPolicy> postingPolicies;
    private final List<CardVisibility> visibility;

    CardService(CardRepository cards, ReactionRepository reactions, ReplyRepository replies,
                WorkshopService workshops, ApplicationEventPublisher events, PlatformTransactionManager txManager,
                Clock clock, EntityManager entityManager, StepCatalog stepCatalog, RateLimiter rateLimiter, ModeratorScope moderatorScope,
                List<PostingPolicy> postingPolicies, List<CardVisibility> visibility) {
        this.visibility = visibility;
        this.postingPolicies = postingPolicies;
        this.rateLimiter = rateLimiter;
        this.moderatorScope = moderatorScope;
        this.entityManager = entityManager;
        this.stepCatalog = stepCatalog;
        this.cards = cards;
        this.reactions = reactions;
        this.replies = replies;
        this.workshops = workshops;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
        this.readOnlyTx = new TransactionTemplate(txManager);
        this.readOnlyTx.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * The cards of the participant's own group they may see, oldest first: no hidden cards, and only their own while
     * the workshop hides cards until the moderator reveals them.
     */
    public List<CardSnapshot> board(long participantId) {
        return inReadOnly(() -> {
            ParticipantInfo me = workshops.requireParticipant(participantId);
            List<java.util.function.Predicate<CardSnapshot>> filters = visibility.stream()
                    .map(v -> v.filterFor(me)).toList();
            return snapshots(cards.findByGroupIdAndDeletedFalseOrderByCreatedAtAsc(me.groupId())).stream()
                    .filter(c -> !c.hidden() && filters.stream().allMatch(f -> f.test(c))).toList();
        });
    }

    /** Hides a card from learners (moderation) or shows it again; for moderators and trainers. */
    @PreAuthorize("hasAnyRole('TRAINER', 'MODERATOR')")
    public CardSnapshot setHidden(long cardId, boolean hidden, String reason) {
        String cleanReason = hidden ? Texts.require(reason, "reason", CardSnapshot.HIDDEN_REASON_MAX) : null;
        return write(() -> {
            Card card = cards.findById(cardId).filter(c -> !c.isDeleted())
                    .orElseThrow(() -> new NotFoundException("card.not-found"));
            moderatorScope.require(card.getWorkshopId());
            if (hidden) {
                card.hide(cleanReason, clock.instant());
            } else {
                card.restore(clock.instant());
            }
            return announce(cards.saveAndFlush(card));
        });
    }

    /**
     * Posts a card. The client key makes it idempotent: a double click or a resend with the same key returns the
     * card already stored instead of making a second one.
     */
    public CardSnapshot post(long participantId, CardType type, String text, Long answersCardId, String clientKey) {
        return post(participantId, type, text, answersCardId, null, clientKey);
    }

    /** Posts a card, optionally tied to a step of a practised meeting. */
    public CardSnapshot post(long participantId, CardType type, String text, Long answersCardId, Long stepId,
                             String clientKey) {
        String key = clientKey == null || clientKey.isBlank() ? UUID.randomUUID().toString() : clientKey.strip();
        if (key.length() > Card.CLIENT_KEY_MAX) {
            throw new InvalidInputException("clientKey", "error.too-long", Card.CLIENT_KEY_MAX);
        }
        try {
            return write(() -> {
                ParticipantInfo me = workshops.requireActiveParticipant(participantId);
                Optional<Card> existing = cards.findByAuthorIdAndClientKey(me.id(), key);
                if (existing.isPresent()) {
                    return snapshot(existing.get());
                }
                if (type == null) {
                    throw new InvalidInputException("type", "error.required");
                }
                String clean = Texts.require(text, "text", Card.TEXT_MAX);
                postingPolicies.forEach(policy -> policy.checkMayPost(me.workshopId()));
                // per browser as well, so joining again under another name gives no fresh limit
                if ((me.device() != null
                        && !rateLimiter.tryAcquire("post-device:" + me.device(), POSTS_PER_MINUTE, POST_WINDOW))
                        || !rateLimiter.tryAcquire("post:" + me.id(), POSTS_PER_MINUTE, POST_WINDOW)) {
                    throw new InvalidInputException("text", "card.rate-limited", POSTS_PER_MINUTE);
                }
                Card card = new Card(me.workshopId(), me.groupId(), me.id(), type, clean, key, clock.instant());
                if (answersCardId != null) {
                    card.answer(requireAnswerable(card, answersCardId).getId(), clock.instant());
                }
                if (stepId != null) {
                    card.tieToStep(requireStep(me.workshopId(), stepId), clock.instant());
                }
                return announce(cards.saveAndFlush(card));
            });
        } catch (DataIntegrityViolationException raced) {
            // the same key was stored by a parallel request in between: answer with that card
            return inReadOnly(() -> cards.findByAuthorIdAndClientKey(participantId, key).map(this::snapshot))
                    .orElseThrow(() -> raced);
        }
    }

    /**
     * A moderator posts for a learner without a device: the card is the learner's, marked with who typed it. The
     * phase rules apply; the learner's posting rate does not (the moderator types for many).
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'MODERATOR')")
    public CardSnapshot postOnBehalf(long participantId, CardType type, String text, String moderator) {
        return write(() -> {
            ParticipantInfo learner = workshops.requireActiveParticipant(participantId);
            moderatorScope.require(learner.workshopId());
            if (type == null) {
                throw new InvalidInputException("type", "error.required");
            }
            String clean = Texts.require(text, "text", Card.TEXT_MAX);
            postingPolicies.forEach(policy -> policy.checkMayPost(learner.workshopId()));
            Card card = new Card(learner.workshopId(), learner.groupId(), learner.id(), type, clean,
                    UUID.randomUUID().toString(), clock.instant());
            card.postedBy(moderator);
            return announce(cards.saveAndFlush(card));
        });
    }

    /** Changes the text of one's own card; refused if someone (another tab) saved it since {@code seenVersion}. */
    public CardSnapshot edit(long participantId, long cardId, long seenVersion, String text) {
        return write(() -> {
            Card card = ownCardAsSeen(participantId, cardId, seenVersion);
            card.edit(Texts.require(text, "text", Card.TEXT_MAX), clock.instant());
            return announce(cards.saveAndFlush(card));
        });
    }

    public CardSnapshot delete(long participantId, long cardId) {
        return write(() -> {
            Card card = ownCard(participantId, cardId);
            card.delete(clock.instant());
            return announce(cards.saveAndFlush(card));
        });
    }

    /**
     * Saves the author's edit of a card as one change: its text, the difficulty it answers (solutions only; null for
     * none) and its step (null for none). All or nothing, one version check, one announcement.
     */
    public CardSnapshot edit(long participantId, long cardId, long seenVersion, String text, Long answersCardId,
                             Long stepId) {
        return write(() -> {
            Card card = ownCardAsSeen(participantId, cardId, seenVersion);
            card.edit(Texts.require(text, "text", Card.TEXT_MAX), clock.instant());
            if (!java.util.Objects.equals(card.getAnswersCardId(), answersCardId)) {
                card.answer(answersCardId == null ? null : requireAnswerable(card, answersCardId).getId(),
                        clock.instant());
            }
            if (!java.util.Objects.equals(card.getStepId(), stepId)) {
                card.tieToStep(stepId == null ? null : requireStep(card.getWorkshopId(), stepId), clock.instant());
            }
            return announce(cards.saveAndFlush(card));
        });
    }

    /** Every card of a workshop, all groups, oldest first; for trainers and moderators (synthesis, exports). */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public List<CardSnapshot> workshopCards(long workshopId) {
        return inReadOnly(() -> snapshots(cards.findByWorkshopIdAndDeletedFalseOrderByCreatedAtAsc(workshopId)));
    }

    /** One card of a workshop, unless deleted (hidden cards too: the caller decides); for trainers and moderators. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public Optional<CardSnapshot> workshopCard(long workshopId, long cardId) {
        return inReadOnly(() -> cards.findById(cardId).filter(c -> c.getWorkshopId() == workshopId && !c.isDeleted())
                .map(this::snapshot));
    }

    /** How many cards of a group point at each step (step id → count). */
    public Map<Long, Long> countsByStep(long groupId) {
        return inReadOnly(() -> cards.findByGroupIdAndDeletedFalseOrderByCreatedAtAsc(groupId).stream()
                .filter(c -> c.getStepId() != null)
                .collect(Collectors.groupingBy(Card::getStepId, Collectors.counting())));
    }

    /** The step each card of a group points at (card id → step id), for screens that keep counts live per card. */
    public Map<Long, Long> stepsByCard(long groupId) {
        return inReadOnly(() -> cards.findByGroupIdAndDeletedFalseOrderByCreatedAtAsc(groupId).stream()
                .filter(c -> c.getStepId() != null)
                .collect(Collectors.toMap(Card::getId, Card::getStepId)));
    }

    private long requireStep(long workshopId, long stepId) {
        boolean practised = stepCatalog.steps(workshopId).stream().anyMatch(s -> s.stepId() == stepId);
        if (!practised) {
            throw new InvalidInputException("step", "card.step.unknown");
        }
        return stepId;
    }

    /** +1 on someone else's card, or takes one's +1 back. */
    public CardSnapshot toggleReaction(long participantId, long cardId) {
        try {
            return write(() -> {
                Card card = cardInMyGroup(participantId, cardId);
                if (card.getAuthorId() == participantId) {
                    throw new NotAllowedException("card.react.own");
                }
                reactions.findByCardIdAndParticipantId(cardId, participantId).ifPresentOrElse(
                        reactions::delete,
                        () -> reactions.save(new Reaction(cardId, participantId, clock.instant())));
                reactions.flush();
                return announce(bumpVersion(card));
            });
        } catch (DataIntegrityViolationException doubleClick) {
            return inReadOnly(() -> snapshot(cards.findById(cardId).orElseThrow()));
        }
    }

    public CardSnapshot reply(long participantId, long cardId, String text) {
        return write(() -> {
            Card card = cardInMyGroup(participantId, cardId);
            String clean = Texts.require(text, "reply", Reply.TEXT_MAX);
            replies.saveAndFlush(new Reply(cardId, participantId, clean, clock.instant()));
            return announce(bumpVersion(card));
        });
    }

    /**
     * Every change of what a card shows raises its version, so a view can drop a snapshot older than the one it
     * has, whatever order events arrive in. The row lock also serialises +1s on one card.
     */
    private Card bumpVersion(Card card) {
        entityManager.lock(card, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return card;
    }

    private Card requireAnswerable(Card solution, long difficultyId) {
        if (solution.getType() != CardType.SOLUTION) {
            throw new InvalidInputException("answers", "card.link.not-solution");
        }
        return cards.findById(difficultyId)
                .filter(d -> !d.isDeleted() && d.getType() == CardType.DIFFICULTY
                        && d.getGroupId() == solution.getGroupId())
                .orElseThrow(() -> new InvalidInputException("answers", "card.link.not-difficulty"));
    }

    private Card ownCard(long participantId, long cardId) {
        Card card = cardInMyGroup(participantId, cardId);
        if (card.getAuthorId() != participantId) {
            throw new NotAllowedException("card.not-yours");
        }
        return card;
    }

    private Card ownCardAsSeen(long participantId, long cardId, long seenVersion) {
        Card card = ownCard(participantId, cardId);
        if (card.getVersion() != seenVersion) {
            throw new ConflictException("card.changed-meanwhile");
        }
        return card;
    }

    private Card cardInMyGroup(long participantId, long cardId) {
        ParticipantInfo me = workshops.requireActiveParticipant(participantId);
        Card card = cards.findById(cardId).filter(c -> !c.isDeleted())
                .orElseThrow(() -> new NotFoundException("card.not-found"));
        if (card.getGroupId() != me.groupId()) {
            throw new NotAllowedException("card.other-group");
        }
        return card;
    }

    private CardSnapshot announce(Card card) {
        CardSnapshot snapshot = snapshot(card);
        events.publishEvent(new CardChanged(snapshot));
        return snapshot;
    }

    private CardSnapshot snapshot(Card card) {
        return snapshots(List.of(card)).get(0);
    }

    private List<CardSnapshot> snapshots(List<Card> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = list.stream().map(Card::getId).collect(Collectors.toSet());
        Map<Long, Set<Long>> reactors = reactions.findByCardIdIn(ids).stream().collect(Collectors.groupingBy(
                Reaction::getCardId, Collectors.mapping(Reaction::getParticipantId, Collectors.toSet())));
        List<Reply> replyList = replies.findByCardIdInOrderByCreatedAtAsc(ids);
        Set<Long> people = new HashSet<>();
        list.forEach(c -> people.add(c.getAuthorId()));
        replyList.forEach(r -> people.add(r.getAuthorId()));
        Map<Long, String> names = workshops.names(people);
        Map<Long, List<CardSnapshot.ReplySnapshot>> repliesByCard = replyList.stream().collect(Collectors.groupingBy(
                Reply::getCardId, Collectors.mapping(r -> new CardSnapshot.ReplySnapshot(r.getId(), r.getAuthorId(),
                        names.get(r.getAuthorId()), r.getText(), r.getCreatedAt()), Collectors.toList())));
        return list.stream().map(c -> new CardSnapshot(c.getId(), c.getGroupId(), c.getType(), c.getText(),
                c.getAuthorId(), names.get(c.getAuthorId()), c.getAnswersCardId(), c.getStepId(), c.getCreatedAt(),
                c.getUpdatedAt(), c.getVersion(), c.isDeleted(),
                Set.copyOf(reactors.getOrDefault(c.getId(), new LinkedHashSet<>())),
                List.copyOf(repliesByCard.getOrDefault(c.getId(), List.of())), c.isHidden(), c.getHiddenReason(),
                c.getPostedBy()))
                .toList();
    }

    private <T> T write(Supplier<T> work) {
        try {
            return tx.execute(status -> work.get());
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("card.changed-meanwhile");
        }
    }

    private <T> T inReadOnly(Supplier<T> work) {
        return readOnlyTx.execute(status -> work.get());
    }
}
