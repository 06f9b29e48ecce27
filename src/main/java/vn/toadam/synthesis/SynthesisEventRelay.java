package vn.toadam.synthesis;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.toadam.board.BoardAudience;
import vn.toadam.live.LiveBroadcaster;
import vn.toadam.workshop.ParticipantJoined;

/** After commit, tells the open screens of a workshop (or of a group) what changed. */
@Component
class SynthesisEventRelay {

    private final LiveBroadcaster broadcaster;

    SynthesisEventRelay(LiveBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FacilitationChanged event) {
        broadcaster.publish(SynthesisAudience.workshop(event.facilitation().workshopId()), event);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RecommendationsChanged event) {
        broadcaster.publish(SynthesisAudience.workshop(event.workshopId()), event);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(VotesChanged event) {
        broadcaster.publish(BoardAudience.group(event.groupId()), event);
        broadcaster.publish(SynthesisAudience.workshop(event.workshopId()), event);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ModerationLogged event) {
        broadcaster.publish(SynthesisAudience.moderators(event.workshopId()), event);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ParticipantJoined event) {
        broadcaster.publish(SynthesisAudience.moderators(event.workshopId()), event);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ModeratorLinksChanged event) {
        broadcaster.publish(SynthesisAudience.moderators(event.workshopId()), event);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProjectedCard event) {
        broadcaster.publish(SynthesisAudience.workshop(event.workshopId()), event);
    }
}
