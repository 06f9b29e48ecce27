package vn.toadam.live;

import com.hazelcast.cluster.InitialMembershipEvent;
import com.hazelcast.cluster.InitialMembershipListener;
import com.hazelcast.cluster.Member;
import com.hazelcast.collection.IList;
import com.hazelcast.collection.ItemEvent;
import com.hazelcast.collection.ItemListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.vaadin.collaborationengine.Backend;
import com.vaadin.collaborationengine.MembershipEvent.MembershipEventType;
import com.vaadin.collaborationengine.MembershipListener;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * Collaboration Kit's event logs and snapshots kept in the cluster's Hazelcast, so two moderators on different nodes
 * co-edit a recommendation live: the kit's {@link Backend} SPI (experimental, switched on by
 * {@link CollaborationBackendFlag} only when clustered), in the way Vaadin's documentation shows for Hazelcast. An
 * event log is a Hazelcast list of (id, payload); a subscriber catches up from the last event it got whenever the
 * list grows, so it sees every event once and in order.
 */
class HazelcastCollaborationBackend extends Backend {

    static final String PREFIX = "toadam-collab-";

    record Event(UUID id, String payload) implements Serializable {
    }

    private final HazelcastInstance hazelcast;
    private final IMap<String, Snapshot> snapshots;
    private final UUID nodeId;

    HazelcastCollaborationBackend(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
        this.nodeId = hazelcast.getCluster().getLocalMember().getUuid(); // also asked while the node shuts down
        this.snapshots = hazelcast.getMap(PREFIX + "snapshots");
    }

    @Override
    public EventLog openEventLog(String logId) {
        return new Log(hazelcast.getList(PREFIX + "log-" + logId));
    }

    @Override
    public Registration addMembershipListener(MembershipListener listener) {
        UUID registration = hazelcast.getCluster().addMembershipListener(new InitialMembershipListener() {
            @Override
            public void init(InitialMembershipEvent event) {
                event.getMembers().forEach(m -> tell(listener, MembershipEventType.JOIN, m));
            }

            @Override
            public void memberAdded(com.hazelcast.cluster.MembershipEvent event) {
                tell(listener, MembershipEventType.JOIN, event.getMember());
            }

            @Override
            public void memberRemoved(com.hazelcast.cluster.MembershipEvent event) {
                tell(listener, MembershipEventType.LEAVE, event.getMember());
            }
        });
        return () -> hazelcast.getCluster().removeMembershipListener(registration);
    }

    private void tell(MembershipListener listener, MembershipEventType type, Member member) {
        listener.handleMembershipEvent(new com.vaadin.collaborationengine.MembershipEvent(type, member.getUuid(),
                getCollaborationEngine()));
    }

    @Override
    public UUID getNodeId() {
        return nodeId;
    }

    @Override
    public CompletableFuture<Snapshot> loadLatestSnapshot(String name) {
        return CompletableFuture.completedFuture(snapshots.get(name));
    }

    @Override
    public CompletableFuture<Void> replaceSnapshot(String name, UUID expectedId, UUID newId, String payload) {
        Snapshot current = snapshots.get(name);
        Snapshot next = new Snapshot(newId, payload);
        if (current == null && expectedId == null) {
            snapshots.putIfAbsent(name, next);
        } else if (current != null && current.getId().equals(expectedId)) {
            snapshots.replace(name, current, next); // only if nobody replaced it meanwhile
        }
        return CompletableFuture.completedFuture(null);
    }

    private static final class Log implements EventLog {

        private final IList<Event> events;

        Log(IList<Event> events) {
            this.events = events;
        }

        @Override
        public void submitEvent(UUID id, String payload) {
            events.add(new Event(id, payload));
        }

        @Override
        public Registration subscribe(UUID newerThan, BiConsumer<UUID, String> consumer) throws EventIdNotFoundException {
            if (newerThan != null && events.stream().noneMatch(e -> e.id().equals(newerThan))) {
                throw new EventIdNotFoundException("No event " + newerThan + " in the log");
            }
            Subscriber subscriber = new Subscriber(newerThan, consumer);
            UUID registration = events.addItemListener(subscriber, false);
            subscriber.catchUp();
            return () -> events.removeItemListener(registration);
        }

        @Override
        public void truncate(UUID olderThan) {
            List<Event> all = new ArrayList<>(events);
            int keepFrom = olderThan == null ? all.size()
                    : all.stream().map(Event::id).toList().indexOf(olderThan);
            if (keepFrom > 0) {
                events.removeAll(all.subList(0, keepFrom)); // by value: a concurrent truncation removes nothing twice
            }
        }

        /** Delivers each event after the last one it delivered; called on subscription and whenever the log grows. */
        private final class Subscriber implements ItemListener<Event> {

            private final BiConsumer<UUID, String> consumer;
            private UUID last;

            Subscriber(UUID newerThan, BiConsumer<UUID, String> consumer) {
                this.last = newerThan;
                this.consumer = consumer;
            }

            synchronized void catchUp() {
                List<Event> all = new ArrayList<>(events);
                int from = last == null ? 0 : all.stream().map(Event::id).toList().indexOf(last) + 1;
                for (Event e : all.subList(Math.max(from, 0), all.size())) {
                    consumer.accept(e.id(), e.payload());
                    last = e.id();
                }
            }

            @Override
            public void itemAdded(ItemEvent<Event> item) {
                catchUp();
            }

            @Override
            public void itemRemoved(ItemEvent<Event> item) {
            }
        }
    }
}
