package vn.toadam.synthesis;

import vn.toadam.board.CardSnapshot;

/** The moderator asks the projector to show one card (a screen-to-screen signal; nothing is stored). */
public record ProjectedCard(long workshopId, CardSnapshot card, String groupName) implements java.io.Serializable {
}
