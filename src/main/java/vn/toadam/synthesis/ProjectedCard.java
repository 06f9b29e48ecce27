package vn.toadam.synthesis;

import vn.toadam.board.CardSnapshot;

/**
 * The card a workshop's projector shows, or none when {@code card} is null; stored by {@link ProjectorService}
 * and published after each change, so open projectors follow.
 */
public record ProjectedCard(long workshopId, CardSnapshot card, String groupName) implements java.io.Serializable {

    public static ProjectedCard none(long workshopId) {
        return new ProjectedCard(workshopId, null, null);
    }

    public boolean showsCard() {
        return card != null;
    }

    /** The same card as it is now (its author edited it, someone +1'd it). */
    public ProjectedCard with(CardSnapshot newer) {
        return new ProjectedCard(workshopId, newer, groupName);
    }
}
