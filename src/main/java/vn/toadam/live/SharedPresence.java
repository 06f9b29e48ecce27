package vn.toadam.live;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryExpiredListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.query.Predicates;
import jakarta.annotation.PreDestroy;
import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Presence over several nodes: one entry per node, topic and person in a Hazelcast map that every node reads, so all
 * nodes show the same faces and count. When a node leaves the cluster (stopped or killed) the others remove its
 * entries; in any case an entry lives {@link ClusterConfig#PRESENCE_TTL_SECONDS} unless its node refreshes it.
 */
@Component
@ConditionalOnProperty(ClusterConfig.MEMBERS)
class SharedPresence {

    private static final Logger LOG = LoggerFactory.getLogger(SharedPresence.class);

    /** One person with a topic open on one node. */
    record Entry(String topic, String personKey, String name, String node, long arrivedAt) implements Serializable {
    }

    private final HazelcastInstance hazelcast;
    private final IMap<String, Entry> map;
    private final String node;
    private final Map<String, Entry> mine = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-presence-refresh");
        t.setDaemon(true);
        return t;
    });
    private volatile Consumer<String> changed = topic -> { };

    SharedPresence(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
        this.map = hazelcast.getMap(ClusterConfig.PRESENCE_MAP);
        this.node = hazelcast.getCluster().getLocalMember().getUuid().toString();
        map.addEntryListener(new Changes(), true);
        hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                map.removeAll(Predicates.equal("node", event.getMember().getUuid().toString()));
            }
        });
        long every = ClusterConfig.PRESENCE_TTL_SECONDS / 3;
        refresher.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.SECONDS);
    }

    /** Tells {@code listener} the topic whose people changed, on any node. */
    void onChange(Consumer<String> listener) {
        this.changed = listener;
    }

    void add(String topic, Presence.Person person) {
        Entry entry = new Entry(topic, person.key(), person.name(), node, System.currentTimeMillis());
        String key = key(topic, person.key());
        mine.put(key, entry);
        if (running()) {
            map.setAsync(key, entry); // never waits on the request thread (a partition may move after a node died)
        }
    }

    void remove(String topic, String personKey) {
        String key = key(topic, personKey);
        mine.remove(key);
        if (running()) {
            map.deleteAsync(key);
        }
    }

    /** False while the node shuts down: its screens detach after the member has left, and the others cleared it. */
    private boolean running() {
        return hazelcast.getLifecycleService().isRunning();
    }

    Presence.Snapshot snapshot(String topic, int shown) {
        if (!running()) {
            return new Presence.Snapshot(topic, List.of(), 0);
        }
        Map<String, Presence.Person> people = new LinkedHashMap<>();
        map.values(Predicates.equal("topic", topic)).stream()
                .sorted(Comparator.comparingLong(Entry::arrivedAt).thenComparing(Entry::personKey))
                .forEach(e -> people.putIfAbsent(e.personKey(), new Presence.Person(e.personKey(), e.name())));
        List<Presence.Person> first = people.values().stream().limit(shown).toList();
        return new Presence.Snapshot(topic, first, people.size());
    }

    private String key(String topic, String personKey) {
        return node + "|" + topic + "|" + personKey;
    }

    /** The topic of a key (removal events carry no value). */
    static String topicOf(String key) {
        return key.substring(key.indexOf('|') + 1, key.lastIndexOf('|'));
    }

    /** Keeps this node's entries alive, and puts back any the others removed while they thought it gone. */
    private void refresh() {
        mine.forEach((key, entry) -> {
            try {
                if (!map.setTtl(key, ClusterConfig.PRESENCE_TTL_SECONDS, TimeUnit.SECONDS) && mine.containsKey(key)) {
                    map.set(key, entry);
                }
            } catch (RuntimeException e) {
                LOG.debug("Presence refresh failed; next round retries", e);
            }
        });
    }

    private final class Changes implements EntryAddedListener<String, Entry>, EntryRemovedListener<String, Entry>,
            EntryExpiredListener<String, Entry> {

        @Override
        public void entryAdded(EntryEvent<String, Entry> event) {
            changed.accept(topicOf(event.getKey()));
        }

        @Override
        public void entryRemoved(EntryEvent<String, Entry> event) {
            changed.accept(topicOf(event.getKey()));
        }

        @Override
        public void entryExpired(EntryEvent<String, Entry> event) {
            changed.accept(topicOf(event.getKey()));
        }
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
        try {
            mine.keySet().forEach(map::delete); // the others see this node's people leave at once
        } catch (RuntimeException e) {
            LOG.debug("Presence entries left to expire", e);
        }
    }
}
