package vn.toadam.synthesis;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toadam.base.NotFoundException;
import vn.toadam.board.CardChanged;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/**
 * Which card a workshop's projector shows. Stored, so a projector opened later, reloaded, or served by another node
 * shows the same card; each change is committed, then published as a {@link ProjectedCard}.
 */
@Service
public class ProjectorService {

    private final CardService cards;
    private final WorkshopService workshops;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnlyTx;

    ProjectorService(CardService cards, WorkshopService workshops, JdbcTemplate jdbc, ApplicationEventPublisher events,
                     PlatformTransactionManager txManager) {
        this.cards = cards;
        this.workshops = workshops;
        this.jdbc = jdbc;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
        this.readOnlyTx = new TransactionTemplate(txManager);
        this.readOnlyTx.setReadOnly(true);
    }

    /** The card on the projector now, or {@link ProjectedCard#none} if the moderator has chosen none. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public ProjectedCard current(long workshopId) {
        return readOnlyTx.execute(status -> jdbc.queryForList("select card_id from projected_card where workshop_id = ?",
                        Long.class, workshopId).stream().findFirst()
                .flatMap(cardId -> shownCard(workshopId, cardId))
                .map(card -> projection(workshopId, card))
                .orElseGet(() -> ProjectedCard.none(workshopId)));
    }

    /** Puts a card on the projector in place of the one shown; a hidden card cannot be shown. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public ProjectedCard project(long workshopId, long cardId) {
        try {
            return tx.execute(status -> store(workshopId, cardId));
        } catch (DuplicateKeyException raced) { // another moderator stored this workshop's first card meanwhile
            return tx.execute(status -> store(workshopId, cardId));
        }
    }

    /** Takes {@code cardId} off the projector; if another moderator has put a different card up meanwhile, it stays. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public void stop(long workshopId, long cardId) {
        workshops.get(workshopId);
        tx.executeWithoutResult(status -> {
            if (jdbc.update("delete from projected_card where workshop_id = ? and card_id = ?", workshopId, cardId) > 0) {
                events.publishEvent(ProjectedCard.none(workshopId));
            }
        });
    }

    /**
     * A card its author deleted or a moderator hid leaves the projector in the same transaction (run while the card's
     * change is being stored, whoever made it).
     */
    @EventListener
    void cardChanged(CardChanged changed) {
        CardSnapshot card = changed.card();
        if (!card.deleted() && !card.hidden()) {
            return;
        }
        lockCard(card.id()); // waits for a projection of this card being stored, so its row is seen below
        jdbc.queryForList("select workshop_id from projected_card where card_id = ?", Long.class, card.id())
                .forEach(workshopId -> {
                    jdbc.update("delete from projected_card where workshop_id = ?", workshopId);
                    events.publishEvent(ProjectedCard.none(workshopId));
                });
    }

    private ProjectedCard store(long workshopId, long cardId) {
        lockCard(cardId); // a hide or delete of this card in progress commits first, and is then seen below
        CardSnapshot card = shownCard(workshopId, cardId).orElseThrow(() -> new NotFoundException("card.not-found"));
        if (jdbc.update("update projected_card set card_id = ? where workshop_id = ?", cardId, workshopId) == 0) {
            jdbc.update("insert into projected_card (workshop_id, card_id) values (?, ?)", workshopId, cardId);
        }
        ProjectedCard projected = projection(workshopId, card);
        events.publishEvent(projected);
        return projected;
    }

    /**
     * Storing a projection and hiding or deleting its card both lock the card's row first: whichever comes second
     * sees the other's commit, so a hidden or deleted card never stays on the projector.
     */
    private void lockCard(long cardId) {
        jdbc.queryForList("select id from card where id = ? for update", Long.class, cardId);
    }

    private Optional<CardSnapshot> shownCard(long workshopId, long cardId) {
        return cards.workshopCard(workshopId, cardId).filter(c -> !c.hidden());
    }

    private ProjectedCard projection(long workshopId, CardSnapshot card) {
        String groupName = workshops.get(workshopId).groups().stream().filter(g -> g.id() == card.groupId())
                .findFirst().map(WorkshopSummary.GroupInfo::name).orElse("");
        return new ProjectedCard(workshopId, card, groupName);
    }
}
