package vn.toadam.live;

import jakarta.annotation.PreDestroy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Who has a topic (a group board) open right now. Kept once per topic on the server, not per screen: each screen
 * holds only the few faces it shows and the count. Arrivals and departures are announced at most every
 * {@link #ANNOUNCE_EVERY_MS} per topic, so a whole class opening its boards is a handful of updates, not one per
 * person per screen.
 * <p>
 * On several nodes each node still counts its own screens, and who is here is kept in {@link SharedPresence}: a
 * person's first screen on a node adds them there, the last one removes them, and every node announces the shared
 * picture when any node's people change.
 */
@Component
public class Presence {

    static final long ANNOUNCE_EVERY_MS = 250;

    /** The first people to arrive (up to {@code shown}) and how many are there in all. */
    public record Snapshot(String topic, List<Person> first, int total) {
    }

    public record Person(String key, String name) {
    }

    private final LiveBroadcaster broadcaster;
    private final SharedPresence shared; // null on one node
    /** On several nodes: the last picture announced per topic, shown to a screen that opens meanwhile. */
    private final Map<String, Snapshot> announced = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Here>> topics = new ConcurrentHashMap<>();
    private final Map<String, Boolean> announcing = new ConcurrentHashMap<>();
    private final ScheduledExecutorService announcer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-presence");
        t.setDaemon(true);
        return t;
    });

    /** One person with the number of their open screens (two tabs count once). */
    private static final class Here {
        final Person person;
        int screens;

        Here(Person person) {
            this.person = person;
        }
    }

    Presence(LiveBroadcaster broadcaster) {
        this(broadcaster, java.util.Optional.empty());
    }

    @org.springframework.beans.factory.annotation.Autowired
    Presence(LiveBroadcaster broadcaster, java.util.Optional<SharedPresence> shared) {
        this.broadcaster = broadcaster;
        this.shared = shared.orElse(null);
        shared.ifPresent(s -> s.onChange(this::announceSoon));
    }

    static String audience(String topic) {
        return "presence:" + topic;
    }

    /** Marks {@code person} as having the topic open until the returned action is run. */
    Runnable arrive(String topic, Person person) {
        // changed inside compute, like the departure: a topic emptied and dropped meanwhile is never added to
        topics.compute(topic, (t, present) -> {
            Map<String, Here> people = present == null ? new LinkedHashMap<>() : present;
            synchronized (people) {
                if (++people.computeIfAbsent(person.key(), k -> new Here(person)).screens == 1 && shared != null) {
                    shared.add(topic, person);
                }
            }
            return people;
        });
        announceSoon(topic);
        return () -> leave(topic, person.key());
    }

    private void leave(String topic, String key) {
        topics.computeIfPresent(topic, (t, people) -> {
            synchronized (people) {
                Here here = people.get(key);
                if (here != null && --here.screens <= 0) {
                    people.remove(key);
                    if (shared != null) {
                        shared.remove(topic, key);
                    }
                }
                return people.isEmpty() ? null : people;
            }
        });
        announceSoon(topic);
    }

    public Snapshot snapshot(String topic, int shown) {
        if (shared != null) {
            Snapshot last = announced.get(topic);
            return last != null && shown == LiveComponents.MAX_VISIBLE_AVATARS ? last : shared.snapshot(topic, shown);
        }
        Map<String, Here> people = topics.getOrDefault(topic, Map.of());
        synchronized (people) {
            return new Snapshot(topic, people.values().stream().limit(shown).map(h -> h.person).toList(),
                    people.size());
        }
    }

    private void announceSoon(String topic) {
        if (announcer.isShutdown()) {
            return; // the node is stopping (other nodes' departures still arrive meanwhile)
        }
        if (announcing.putIfAbsent(topic, Boolean.TRUE) == null) {
            announcer.schedule(() -> {
                announcing.remove(topic);
                if (shared == null) {
                    broadcaster.publishHere(audience(topic), snapshot(topic, LiveComponents.MAX_VISIBLE_AVATARS));
                    return;
                }
                try {
                    Snapshot now = shared.snapshot(topic, LiveComponents.MAX_VISIBLE_AVATARS);
                    if (now.total() == 0) {
                        announced.remove(topic);
                    } else {
                        announced.put(topic, now);
                    }
                    broadcaster.publishHere(audience(topic), now);
                } catch (RuntimeException e) { // e.g. while the cluster moves a dead node's data: the next change retries
                    org.slf4j.LoggerFactory.getLogger(Presence.class).warn("Presence not announced", e);
                }
            }, ANNOUNCE_EVERY_MS, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        announcer.shutdownNow();
    }
}
