package vn.toadam.board;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChatMessageRepository extends JpaRepository<ChatMessage, Long> {

    List<ChatMessage> findByTopicAndSentAtGreaterThanEqualOrderBySentAtAsc(String topic, Instant since);
}
