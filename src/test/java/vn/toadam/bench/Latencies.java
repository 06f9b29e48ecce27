package vn.toadam.bench;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Figures of measured times as the fan-out benchmarks report them: nearest-rank percentiles of sorted lists. */
public final class Latencies {

    private Latencies() {
    }

    /** The p-th percentile (nearest rank) of a sorted list; NaN when it is empty. */
    public static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static double max(List<Double> sorted) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1);
    }

    /** "p50 / p95 / p99" of a sorted list, in milliseconds with one decimal. */
    static String tail(List<Double> sorted) {
        return String.format("%.1f / %.1f / %.1f", pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
    }

    static String medianAndMax(List<Integer> sorted) {
        return sorted.isEmpty() ? "–" : sorted.get(sorted.size() / 2) + " (" + sorted.get(sorted.size() - 1) + ")";
    }

    /**
     * Adds, in milliseconds, how long after {@code submitted} each of {@code seats} first saw the card (by
     * {@link System#nanoTime()}); returns how many had seen it.
     */
    static int addSeen(List<Double> latencies, Map<Integer, Long> seen, Collection<Integer> seats, long submitted) {
        int arrived = 0;
        for (int seat : seats) {
            Long at = seen.get(seat);
            if (at != null) {
                latencies.add((at - submitted) / 1e6);
                arrived++;
            }
        }
        return arrived;
    }
}
