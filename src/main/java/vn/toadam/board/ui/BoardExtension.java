package vn.toadam.board.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
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

        /**
         * Added to a card's toolbar. Data, not components: the card's browser element draws them (a card holds
         * no server components), and a pressed one comes back through {@link #pressed}.
         */
        List<CardControl> cardControls(CardSnapshot card);

        /** The learner pressed this add-on's control {@code key} on {@code card}; other add-ons' keys are ignored. */
        void pressed(String key, CardSnapshot card);
    }

    /**
     * One control on a card's toolbar: a button if {@code key} is set (it reports {@code key} when pressed), else
     * a badge. {@code theme} is "primary", "success" or empty; {@code data} become data-* attributes.
     */
    record CardControl(String key, String cssClass, String text, String ariaLabel, String tooltip, String theme,
                       Map<String, String> data) {

        public static CardControl badge(String cssClass, String text) {
            return new CardControl(null, cssClass, text, null, null, "", Map.of());
        }
    }
}
