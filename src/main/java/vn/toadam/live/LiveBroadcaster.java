package vn.toadam.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans an event out to the open UIs of one audience (a group's boards, the moderators, …). Each subscriber gets
 * the event through {@link UI#access}, so a view changes just the component the event concerns. Subscriptions
 * live while the subscribing component is attached and are removed when it detaches, so closed UIs are freed.
 * Publish only after the change is committed: the database is the source of truth, this is only the signal.
 * <p>
 * Delivery runs on {@link #LANES} delivery threads, not on the publisher's: the poster's request returns as soon
 * as its own change is stored, and the pushes to other UIs go out on all cores. A UI always stays on one lane, so
 * it receives events in the order they were published.
 * <p>
 * On several nodes ({@link ClusterEvents}) an event is also sent to the other nodes, each of which hands it to its
 * own UIs here ({@link #publishHere}); events from one node reach each UI in the order that node published them.
 */
@org.springframework.stereotype.Component
public class LiveBroadcaster {

    static final int LANES = Math.max(2, Runtime.getRuntime().availableProcessors());

    private static final Logger LOG = LoggerFactory.getLogger(LiveBroadcaster.class);

    private final ConcurrentMap<String, Set<Subscriber>> audiences = new ConcurrentHashMap<>();
    private final ExecutorService[] lanes = new ExecutorService[LANES];

    private record Subscriber(UI ui, Consumer<Object> handler) {
    }

    /** Where a published event also goes: the other nodes of a cluster (nowhere on one laptop). */
    private volatile BiConsumer<String, Object> otherNodes = (audience, event) -> { };

    LiveBroadcaster() {
        for (int i = 0; i < LANES; i++) {
            String name = "live-delivery-" + i;
            lanes[i] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** Subscribes {@code owner}'s UI to an audience while {@code owner} is attached. */
    public void bind(Component owner, String audience, Consumer<Object> handler) {
        Registration[] current = new Registration[1];
        owner.addAttachListener(e -> current[0] = subscribe(audience, e.getUI(), handler));
        owner.addDetachListener(e -> {
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        });
        owner.getUI().ifPresent(ui -> current[0] = subscribe(audience, ui, handler));
    }

    public Registration subscribe(String audience, UI ui, Consumer<Object> handler) {
        Subscriber subscriber = new Subscriber(ui, handler);
        // added inside compute, like the removal: a set emptied and dropped meanwhile is never added to
        audiences.compute(audience, (a, set) -> {
            Set<Subscriber> subscribers = set == null ? ConcurrentHashMap.newKeySet() : set;
            subscribers.add(subscriber);
            return subscribers;
        });
        return () -> unsubscribe(audience, subscriber);
    }

    /** Hands a committed change's event to the audience's UIs on this node and, if clustered, on every other node. */
    public void publish(String audience, Object event) {
        publishHere(audience, event);
        otherNodes.accept(audience, event);
    }

    void alsoSendTo(BiConsumer<String, Object> nodes) {
        this.otherNodes = nodes;
    }

    /** Hands an event to the audience's UIs on this node only. */
    void publishHere(String audience, Object event) {
        Set<Subscriber> subscribers = audiences.get(audience);
        if (subscribers == null) {
            return;
        }
        for (Subscriber s : subscribers) {
            if (s.ui().isClosing()) {
                unsubscribe(audience, s); // its session ended without the UI detaching first
                continue;
            }
            VaadinSession session = s.ui().getSession();
            if (session != null && session.hasLock()) {
                deliver(audience, s, event); // the publisher is serving this very UI: its response carries it
            } else {
                lanes[Math.floorMod(System.identityHashCode(s.ui()), LANES)].execute(() -> deliver(audience, s, event));
            }
        }
    }

    /** Drops the subscriptions of every UI of an ended session (called when the session is destroyed). */
    void forget(VaadinSession session) {
        audiences.forEach((audience, set) -> set.stream().filter(s -> s.ui().getSession() == session
                || s.ui().getSession() == null || s.ui().isClosing()).toList().forEach(s -> unsubscribe(audience, s)));
    }

    /** How many UI subscriptions are open, over all audiences. */
    public int subscriptions() {
        return audiences.values().stream().mapToInt(Set::size).sum();
    }

    private void deliver(String audience, Subscriber s, Object event) {
        try {
            s.ui().access(() -> s.handler().accept(event));
        } catch (UIDetachedException e) {
            unsubscribe(audience, s);
        } catch (RuntimeException e) {
            LOG.warn("Live delivery to a UI failed", e);
        }
    }

    private void unsubscribe(String audience, Subscriber subscriber) {
        audiences.computeIfPresent(audience, (a, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes) {
            lane.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
