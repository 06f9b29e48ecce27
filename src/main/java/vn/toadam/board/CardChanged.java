package vn.toadam.board;

/** A card was added, edited, deleted, +1'd or replied to; sent to the card's group after commit. */
public record CardChanged(CardSnapshot card) implements java.io.Serializable {
}
