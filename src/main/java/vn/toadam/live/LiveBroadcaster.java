package vn.toadam.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * Fans an event out to the open UIs of one audience (a group's boards, the moderators, …). Each subscriber gets
 * the event through {@link UI#access}, so a view changes just the component the event concerns. Subscriptions
 * live while the subscribing component is attached and are removed when it detaches, so closed UIs are freed.
 * Publish only after the change is committed: the database is the source of truth, this is only the signal.
 */
@org.springframework.stereotype.Component
public class LiveBroadcaster {

    private final ConcurrentMap<String, Set<Subscriber>> audiences = new ConcurrentHashMap<>();

    private record Subscriber(UI ui, Consumer<Object> handler) {
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
        audiences.computeIfAbsent(audience, a -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> unsubscribe(audience, subscriber);
    }

    public void publish(String audience, Object event) {
        Set<Subscriber> subscribers = audiences.get(audience);
        if (subscribers == null) {
            return;
        }
        for (Subscriber s : subscribers) {
            try {
                s.ui().access(() -> s.handler().accept(event));
            } catch (UIDetachedException e) {
                unsubscribe(audience, s);
            }
        }
    }

    private void unsubscribe(String audience, Subscriber subscriber) {
        audiences.computeIfPresent(audience, (a, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }
}
