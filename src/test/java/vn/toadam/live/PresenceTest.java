package vn.toadam.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private final LiveBroadcaster broadcaster = new LiveBroadcaster();
    private final Presence presence = new Presence(broadcaster);

    @AfterEach
    void stop() throws InterruptedException {
        presence.stop();
        broadcaster.stop();
    }

    @Test
    void arrivingWhileTheLastPersonLeavesIsNotLost() throws Exception {
        int topics = 20_000;
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            // on each topic one person comes and goes (emptying it) while another comes to stay
            Future<?> passing = threads.submit(() -> {
                start.await();
                for (int i = 0; i < topics; i++) {
                    presence.arrive("topic-" + i, new Presence.Person("passing", "Bình")).run();
                }
                return null;
            });
            Future<?> staying = threads.submit(() -> {
                start.await();
                for (int i = 0; i < topics; i++) {
                    presence.arrive("topic-" + i, new Presence.Person("staying", "An"));
                }
                return null;
            });
            start.countDown();
            passing.get();
            staying.get();
        } finally {
            threads.shutdownNow();
        }
        assertThat(IntStream.range(0, topics).filter(i -> presence.snapshot("topic-" + i, 8).total() != 1).count())
                .as("topics where the person who stayed is missing").isZero();
    }
}
