package vn.toadam.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feature vectors of a set of texts weighted together: each feature by its inverse document frequency in this set
 * (a word every card uses tells little), each vector of length 1, so {@link #similarity} is the cosine.
 */
public final class Corpus {

    private final List<FeatureVector> vectors;

    private Corpus(List<FeatureVector> vectors) {
        this.vectors = vectors;
    }

    /** Weights the per-text vectors of {@link TextSimilarity#features} by their IDF within this list. */
    public static Corpus of(List<FeatureVector> features) {
        Map<Long, Integer> documentFrequency = new HashMap<>();
        for (FeatureVector v : features) {
            v.forEachKey(k -> documentFrequency.merge(k, 1, Integer::sum));
        }
        int n = Math.max(features.size(), 2);
        Map<Long, Double> idf = new HashMap<>();
        documentFrequency.forEach((k, df) -> idf.put(k, Math.log(1.0 + (double) n / df)));
        return new Corpus(features.stream().map(v -> v.reweighted(idf::get).normalised()).toList());
    }

    public int size() {
        return vectors.size();
    }

    /** The weighted, unit-length vector of text {@code i}. */
    public FeatureVector vector(int i) {
        return vectors.get(i);
    }

    public List<FeatureVector> vectors() {
        return vectors;
    }

    /** Cosine similarity of texts {@code i} and {@code j}, 0..1. */
    public double similarity(int i, int j) {
        return Math.max(0, Math.min(1, vectors.get(i).dot(vectors.get(j))));
    }

    /** Which text of a group is most like the others (its label). */
    public int centralIndex(List<Integer> group) {
        int best = group.get(0);
        double bestScore = -1;
        for (int i : group) {
            double score = 0;
            for (int j : group) {
                if (i != j) {
                    score += similarity(i, j);
                }
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }
}
