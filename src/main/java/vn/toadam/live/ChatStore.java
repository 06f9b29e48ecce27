package vn.toadam.live;

import java.time.Instant;
import java.util.List;

/** Where group chat messages are kept; implemented by the feature that owns the table. */
public interface ChatStore {

    int TEXT_MAX = 1000;

    record StoredMessage(String topic, String authorKey, String authorName, String text, Instant sentAt) {
    }

    List<StoredMessage> since(String topic, Instant since);

    void save(StoredMessage message);
}
