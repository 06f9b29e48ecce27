package vn.toadam.board;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.toadam.live.LiveBroadcaster;

/** Sends a committed card change or chat message to the open boards of its group (only that group). */
@Component
class BoardEventRelay {

    private final LiveBroadcaster broadcaster;

    BoardEventRelay(LiveBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CardChanged event) {
        broadcaster.publish(BoardAudience.group(event.card().groupId()), event);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ChatPosted event) {
        broadcaster.publish(BoardAudience.groupChat(event.message().groupId()), event);
    }
}
