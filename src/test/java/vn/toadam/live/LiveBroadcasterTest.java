package vn.toadam.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The broadcaster with UIs of sessions that nobody holds the lock of, as on a server: unlike in a Karibu view test
 * (where the test thread holds its session's lock, so every event is delivered on the publishing thread), events go
 * out on the delivery lanes and each UI takes them through {@link UI#access}.
 */
class LiveBroadcasterTest {

    private static final int UIS = 16;
    private static final int EVENTS = 300;

    private final LiveBroadcaster broadcaster = new LiveBroadcaster();
    private VaadinService service;
    private int nextUiId;

    /** A real session with its own lock; Vaadin's service normally keeps that lock in the HTTP session. */
    private static final class Session extends VaadinSession {
        private final ReentrantLock lock = new ReentrantLock();

        Session(VaadinService service) {
            super(service);
        }

        @Override
        public Lock getLockInstance() {
            return lock;
        }
    }

    @BeforeEach
    void service() {
        MockVaadin.setup(); // only for its VaadinService; the sessions below are our own
        service = VaadinService.getCurrent();
    }

    @AfterEach
    void stop() throws InterruptedException {
        broadcaster.stop();
        MockVaadin.tearDown();
    }

    private VaadinSession session() {
        VaadinSession session = new Session(service);
        locked(session, () -> session.setConfiguration(service.getDeploymentConfiguration()));
        return session;
    }

    /** An initialised UI of {@code session}, its lock released, as between two requests. */
    private UI ui(VaadinSession session) {
        return locked(session, () -> {
            UI ui = new UI();
            ui.getInternals().setSession(session);
            var previous = CurrentInstance.setCurrent(session);
            try {
                ui.doInit(null, ++nextUiId, "ROOT");
            } finally {
                CurrentInstance.restoreInstances(previous);
            }
            session.addUI(ui);
            return ui;
        });
    }

    private static <T> T locked(VaadinSession session, Supplier<T> work) {
        session.lock();
        try {
            return work.get();
        } finally {
            session.unlock();
        }
    }

    private static void locked(VaadinSession session, Runnable work) {
        locked(session, () -> {
            work.run();
            return null;
        });
    }

    private static void await(String what, Supplier<Boolean> done) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.get()) {
            assertThat(System.nanoTime()).as(what).isLessThan(until);
            Thread.sleep(5);
        }
    }

    @Test
    void eachUiGetsTheEventsInTheOrderTheyWerePublishedAcrossAllLanes() throws Exception {
        List<List<Integer>> received = new ArrayList<>();
        List<Thread> deliveredOn = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < UIS; i++) {
            UI ui = ui(session());
            List<Integer> mine = Collections.synchronizedList(new ArrayList<>());
            received.add(mine);
            broadcaster.subscribe("board", ui, event -> {
                assertThat(ui.getSession().hasLock()).isTrue();
                deliveredOn.add(Thread.currentThread());
                mine.add((Integer) event);
            });
        }
        for (int e = 0; e < EVENTS; e++) {
            broadcaster.publish("board", e);
        }
        await("every UI got every event", () -> received.stream().allMatch(l -> l.size() == EVENTS));

        List<Integer> published = IntStream.range(0, EVENTS).boxed().toList();
        received.forEach(events -> assertThat(events).isEqualTo(published));
        assertThat(deliveredOn.stream().distinct().map(Thread::getName))
                .allMatch(name -> name.startsWith("live-delivery-"))
                .hasSizeGreaterThan(1); // the lanes were used, not the publisher's thread
    }

    @Test
    void aComponentIsSubscribedWhileAttachedAndItsSessionEndingDropsIt() throws Exception {
        VaadinSession session = session();
        UI ui = ui(session);
        List<Object> got = Collections.synchronizedList(new ArrayList<>());
        Div view = new Div();
        broadcaster.bind(view, "board", got::add);
        assertThat(broadcaster.subscriptions()).isZero();

        locked(session, () -> ui.add(view));
        assertThat(broadcaster.subscriptions()).isEqualTo(1);
        broadcaster.publish("board", "while attached");
        await("delivered", () -> got.size() == 1);

        locked(session, () -> ui.remove(view));
        assertThat(broadcaster.subscriptions()).isZero();
        broadcaster.publish("board", "after detaching");

        locked(session, () -> ui.add(view));
        assertThat(broadcaster.subscriptions()).isEqualTo(1);
        new SessionCleanup(broadcaster).serviceInit(new ServiceInitEvent(service));
        service.fireSessionDestroy(session);
        await("the ended session's subscription is gone", () -> broadcaster.subscriptions() == 0);
        broadcaster.publish("board", "after the session ended");
        Thread.sleep(100);
        assertThat(got).containsExactly("while attached");
    }

    @Test
    void subscribingWhileOthersLeaveLosesNoSubscriber() throws Exception {
        UI ui = ui(session());
        int rounds = 20_000;
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 0; attempt < 5; attempt++) {
                String prefix = "audience-" + attempt + "-";
                CountDownLatch start = new CountDownLatch(1);
                // one thread keeps joining and leaving each audience (emptying it), the other joins for good
                Future<?> leaving = threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < rounds; i++) {
                        Object handlerIdentity = new Object();
                        broadcaster.subscribe(prefix + i, ui, event -> handlerIdentity.hashCode()).remove();
                    }
                    return null;
                });
                List<Registration> staying = Collections.synchronizedList(new ArrayList<>());
                Future<?> joining = threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < rounds; i++) {
                        Object handlerIdentity = new Object();
                        staying.add(broadcaster.subscribe(prefix + i, ui, event -> handlerIdentity.hashCode()));
                    }
                    return null;
                });
                start.countDown();
                leaving.get();
                joining.get();
                assertThat(broadcaster.subscriptions()).as("subscribers kept").isEqualTo(rounds);
                staying.forEach(Registration::remove);
                assertThat(broadcaster.subscriptions()).isZero();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
