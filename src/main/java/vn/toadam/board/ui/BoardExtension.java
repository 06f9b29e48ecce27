package vn.toadam.board.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import vn.toadam.board.CardSnapshot;
import vn.toadam.workshop.ParticipantInfo;

/**
 * What another feature adds to a learner's board (e.g. the phase, the countdown, dot votes), without the board
 * depending on it. Each open board gets its own {@link AddOn}.
 */
public interface BoardExtension {

    AddOn attach(ParticipantInfo me, Refresh refresh);

    /** Lets an add-on redraw the board's cards when what it shows on them changes. */
    interface Refresh {
        void card(long cardId);

        void allCards();

        /** Reads the board again (e.g. cards were revealed, or authors hidden). */
        void reload();
    }

    interface AddOn {
        /** Shown under the board's header. */
        Component header();

        /** Added to a card's toolbar, if anything. */
        Optional<Component> cardControl(CardSnapshot card);
    }
}
