package vn.toadam.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The garbage collector's pauses in this JVM (where a benchmark runs the app) between start and {@link #stop()},
 * from the collectors' management notifications. Only the beans that time pauses count: G1's and the parallel
 * collector's young and full collections, "ZGC Pauses" and "Shenandoah Pauses"; not the beans that time whole
 * concurrent cycles ("… Cycles"), which run beside the application. On Java 17 no bean reports G1's remark and
 * cleanup pauses (short ones at the end of a concurrent cycle), so G1's figures leave those out; from Java 20 the
 * "G1 Concurrent GC" bean times them and is counted. Times are whole milliseconds (ZGC's pauses show as 0).
 * A flight recording of {@code jdk.GarbageCollection} would say the same for every collector, but measured itself:
 * with it running, the 1,000-learner fan-out's p99 rose from 249 to 1,261 ms (same evening, taking turns), so it is
 * not used here.
 */
final class GcPauses implements NotificationListener {

    private final List<NotificationEmitter> beans = ManagementFactory.getGarbageCollectorMXBeans().stream()
            .filter(GcPauses::timesPauses).map(b -> (NotificationEmitter) b).toList();
    private int collections;
    private long totalMs;
    private long maxMs;

    private GcPauses() {
        beans.forEach(b -> b.addNotificationListener(this, null, null));
    }

    static GcPauses start() {
        return new GcPauses();
    }

    private static boolean timesPauses(GarbageCollectorMXBean bean) {
        return !bean.getName().endsWith("Cycles");
    }

    @Override
    public synchronized void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        long ms = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo()
                .getDuration();
        collections++;
        totalMs += ms;
        maxMs = Math.max(maxMs, ms);
    }

    /** Stops listening (again: nothing more). */
    synchronized GcPauses stop() {
        for (NotificationEmitter bean : beans) {
            try {
                bean.removeNotificationListener(this);
            } catch (ListenerNotFoundException alreadyGone) {
                // nothing to stop
            }
        }
        return this;
    }

    synchronized double maxMs() {
        return maxMs;
    }

    /** For a results table: collections, total pause and longest pause. */
    synchronized String summary() {
        return String.format("%d · %d · %d", collections, totalMs, maxMs);
    }

    /** The collector of this JVM, as its management beans name it (e.g. "G1 Young Generation + G1 Old Generation"). */
    static String collector() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName())
                .collect(Collectors.joining(" + "));
    }
}
