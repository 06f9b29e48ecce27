package vn.toadam.language;

import java.util.Arrays;
import java.util.Map;

/**
 * A sparse, immutable vector of text features: each feature name is kept as a 64-bit hash (collisions among the few
 * thousand features of a workshop are negligible), sorted, so a dot product is one merge of two arrays.
 */
public final class FeatureVector {

    public static final FeatureVector EMPTY = new FeatureVector(new long[0], new double[0]);

    private final long[] keys;
    private final double[] weights;

    private FeatureVector(long[] keys, double[] weights) {
        this.keys = keys;
        this.weights = weights;
    }

    /** A vector of the given feature names and weights (zero weights dropped). */
    public static FeatureVector of(Map<String, Double> weightsByFeature) {
        Map<Long, Double> byKey = new java.util.HashMap<>();
        for (Map.Entry<String, Double> e : weightsByFeature.entrySet()) {
            if (e.getValue() != 0) {
                byKey.merge(hash(e.getKey()), e.getValue(), Double::sum);
            }
        }
        long[] k = new long[byKey.size()];
        int n = 0;
        for (long key : byKey.keySet()) {
            k[n++] = key;
        }
        Arrays.sort(k);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = byKey.get(k[i]);
        }
        return new FeatureVector(k, w);
    }

    /** FNV-1a, 64 bits. */
    static long hash(String feature) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < feature.length(); i++) {
            h ^= feature.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    public int size() {
        return keys.length;
    }

    public boolean isEmpty() {
        return keys.length == 0;
    }

    public double dot(FeatureVector other) {
        long[] a = keys;
        long[] b = other.keys;
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                sum += weights[i++] * other.weights[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    public double norm() {
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    /** The same direction with length 1 (an empty vector stays empty). */
    public FeatureVector normalised() {
        double n = norm();
        if (n == 0 || Math.abs(n - 1) < 1e-12) {
            return this;
        }
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[i] / n;
        }
        return new FeatureVector(keys, w);
    }

    /** Cosine of the angle between two vectors, 0 when either is empty. */
    public double cosine(FeatureVector other) {
        double d = norm() * other.norm();
        return d == 0 ? 0 : Math.max(0, Math.min(1, dot(other) / d));
    }

    /** Each weight multiplied by the factor its key gets (used for corpus IDF). */
    FeatureVector reweighted(java.util.function.LongToDoubleFunction factor) {
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[i] * factor.applyAsDouble(keys[i]);
        }
        return new FeatureVector(keys, w);
    }

    long key(int i) {
        return keys[i];
    }

    double weight(int i) {
        return weights[i];
    }

    void forEachKey(java.util.function.LongConsumer action) {
        for (long k : keys) {
            action.accept(k);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureVector v && Arrays.equals(keys, v.keys) && Arrays.equals(weights, v.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keys) * 31 + Arrays.hashCode(weights);
    }
}
