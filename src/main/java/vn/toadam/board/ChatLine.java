package vn.toadam.board;

import java.time.Instant;

/** One message of a group's chat, as screens show it. */
public record ChatLine(long id, long groupId, String authorKey, String authorName, String text, Instant sentAt) implements java.io.Serializable {
}
