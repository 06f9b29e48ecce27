package vn.toadam.procedure;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.toadam.board.BoardAudience;
import vn.toadam.live.LiveBroadcaster;

/** Sends a committed practice change to the open screens of its group. */
@Component
class PracticeEventRelay {

    private final LiveBroadcaster broadcaster;

    PracticeEventRelay(LiveBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PracticeChanged event) {
        broadcaster.publish(BoardAudience.group(event.practice().groupId()), event);
    }
}
