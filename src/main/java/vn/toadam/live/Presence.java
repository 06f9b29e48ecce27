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
        this.broadcaster = broadcaster;
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
                people.computeIfAbsent(person.key(), k -> new Here(person)).screens++;
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
                }
                return people.isEmpty() ? null : people;
            }
        });
        announceSoon(topic);
    }

    public Snapshot snapshot(String topic, int shown) {
        Map<String, Here> people = topics.getOrDefault(topic, Map.of());
        synchronized (people) {
            return new Snapshot(topic, people.values().stream().limit(shown).map(h -> h.person).toList(),
                    people.size());
        }
    }

    private void announceSoon(String topic) {
        if (announcing.putIfAbsent(topic, Boolean.TRUE) == null) {
            announcer.schedule(() -> {
                announcing.remove(topic);
                broadcaster.publish(audience(topic), snapshot(topic, LiveComponents.MAX_VISIBLE_AVATARS));
            }, ANNOUNCE_EVERY_MS, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        announcer.shutdownNow();
    }
}
