package vn.toadam.bench;

import java.lang.management.ManagementFactory;

/** Heap used by this JVM (the app's, when the clients run in a JVM of their own), read after full collections. */
final class Heap {

    private Heap() {
    }

    /** The least heap used over three full collections. */
    static long afterGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    /** Heap after GC once the screens have settled (two readings a few seconds apart within 1 %). */
    static long whenQuiet() throws InterruptedException {
        long previous = afterGc();
        for (int i = 0; i < 20; i++) {
            Thread.sleep(3_000);
            long now = afterGc();
            if (Math.abs(now - previous) < previous / 100) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
