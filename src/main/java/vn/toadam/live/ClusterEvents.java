package vn.toadam.live;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import java.io.Serializable;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Carries the after-commit live events and node signals between the nodes of a cluster on one Hazelcast
 * {@link ITopic}. The publishing node has already handed an event to its own UIs, so each node skips its own
 * messages: nothing is delivered twice. Hazelcast delivers the messages of one member in the order it published them,
 * and each node hands them to its {@link LiveBroadcaster} lanes, so a UI sees one node's events in order.
 * <p>
 * Events travel with Java serialization: they are records ({@code implements Serializable}), whose serialized form
 * follows their components (no serialVersionUID to keep in step), and the member accepts only this application's
 * classes ({@link ClusterConfig}).
 */
@Component
@ConditionalOnProperty(ClusterConfig.MEMBERS)
class ClusterEvents {

    static final String TOPIC = "toadam-live";

    private static final Logger LOG = LoggerFactory.getLogger(ClusterEvents.class);

    /** One message on the topic: a live event for an audience, or a node signal when {@code audience} is null. */
    record Envelope(UUID origin, String audience, Serializable payload) implements Serializable {
    }

    private final HazelcastInstance hazelcast;
    private final UUID node;
    private final ITopic<Envelope> topic;

    ClusterEvents(HazelcastInstance hazelcast, LiveBroadcaster broadcaster, NodeSignals signals) {
        this.hazelcast = hazelcast;
        this.node = hazelcast.getCluster().getLocalMember().getUuid();
        this.topic = hazelcast.getTopic(TOPIC);
        topic.addMessageListener(message -> {
            Envelope envelope = message.getMessageObject();
            if (node.equals(envelope.origin())) {
                return;
            }
            if (envelope.audience() == null) {
                signals.handleHere(envelope.payload());
            } else {
                broadcaster.publishHere(envelope.audience(), envelope.payload());
            }
        });
        broadcaster.alsoSendTo(this::send);
        signals.alsoSendTo(signal -> send(null, signal));
    }

    private void send(String audience, Object payload) {
        if (!(payload instanceof Serializable serializable)) {
            LOG.error("Not sent to the other nodes (not serializable): {}", payload.getClass().getName());
            return;
        }
        if (!hazelcast.getLifecycleService().isRunning()) {
            return; // shutting down: this node's screens are closing
        }
        try {
            topic.publish(new Envelope(node, audience, serializable));
        } catch (RuntimeException e) { // the change is committed and shown here; other nodes' screens catch up on reload
            LOG.warn("Could not send a live event to the other nodes", e);
        }
    }
}
