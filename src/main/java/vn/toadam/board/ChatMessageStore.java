package vn.toadam.board;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.toadam.live.ChatStore;

/** Group chats are kept in the chat_message table. */
@Repository
class ChatMessageStore implements ChatStore {

    private final ChatMessageRepository messages;

    ChatMessageStore(ChatMessageRepository messages) {
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredMessage> since(String topic, Instant since) {
        return messages.findByTopicAndSentAtGreaterThanEqualOrderBySentAtAsc(topic, since).stream()
                .map(ChatMessage::toStored).toList();
    }

    @Override
    @Transactional
    public void save(StoredMessage message) {
        messages.save(new ChatMessage(message));
    }
}
