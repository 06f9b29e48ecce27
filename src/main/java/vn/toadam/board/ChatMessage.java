package vn.toadam.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A message of a group's chat. */
@Entity
@Table(name = "chat_message")
class ChatMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String topic;

    @Column(name = "author_key", nullable = false, length = 60)
    private String authorKey;

    @Column(name = "author_name", nullable = false, length = 60)
    private String authorName;

    @NotBlank
    @Size(max = ChatService.TEXT_MAX)
    @Column(nullable = false, length = ChatService.TEXT_MAX)
    private String text;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ChatMessage() {
    }

    ChatMessage(String topic, String authorKey, String authorName, String text, Instant sentAt) {
        this.topic = topic;
        this.authorKey = authorKey;
        this.authorName = authorName;
        this.text = text;
        this.sentAt = sentAt;
    }

    ChatLine toLine(long groupId) {
        return new ChatLine(id, groupId, authorKey, authorName, text, sentAt);
    }
}
