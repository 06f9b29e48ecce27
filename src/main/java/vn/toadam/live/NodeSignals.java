package vn.toadam.live;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Server-side signals every node must act on, e.g. "end this account's sessions": handled at once on this node and,
 * when clustered, sent to the other nodes ({@link ClusterEvents}), which handle them too. On one laptop it is just
 * a local call. Send only after the change that causes the signal is committed.
 */
@Component
public class NodeSignals {

    private static final Logger LOG = LoggerFactory.getLogger(NodeSignals.class);

    private record Handler(Class<?> type, Consumer<Object> action) {
    }

    private final List<Handler> handlers = new CopyOnWriteArrayList<>();
    private volatile Consumer<Serializable> otherNodes = signal -> { };

    /** Runs {@code action} for every signal of {@code type}, sent on this node or on another. */
    public <T extends Serializable> void listen(Class<T> type, Consumer<? super T> action) {
        handlers.add(new Handler(type, signal -> action.accept(type.cast(signal))));
    }

    public void send(Serializable signal) {
        handleHere(signal);
        otherNodes.accept(signal);
    }

    void alsoSendTo(Consumer<Serializable> nodes) {
        this.otherNodes = nodes;
    }

    void handleHere(Object signal) {
        for (Handler h : handlers) {
            if (h.type().isInstance(signal)) {
                try {
                    h.action().accept(signal);
                } catch (RuntimeException e) {
                    LOG.warn("Handling a node signal failed", e);
                }
            }
        }
    }
}
