package vn.toadam.board;

/** A chat message was stored; sent to the open chats of its group after commit. */
public record ChatPosted(ChatLine message) implements java.io.Serializable {
}
