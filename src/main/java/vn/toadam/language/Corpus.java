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

    /**
     * All pairwise similarities at once, through an inverted index (feature → texts that have it): for 1,000 cards
     * this adds up only the products of shared features instead of merging 500,000 pairs of vectors.
     */
    public double[][] similarities() {
        int n = vectors.size();
        Map<Long, Integer> ids = new HashMap<>();
        List<int[]> docs = new java.util.ArrayList<>();
        List<double[]> weights = new java.util.ArrayList<>();
        int[] sizes = new int[0];
        int[][] featureIds = new int[n][];
        for (int d = 0; d < n; d++) {
            FeatureVector v = vectors.get(d);
            featureIds[d] = new int[v.size()];
            for (int k = 0; k < v.size(); k++) {
                int id = ids.computeIfAbsent(v.key(k), x -> ids.size());
                featureIds[d][k] = id;
                if (id == docs.size()) {
                    docs.add(new int[4]);
                    weights.add(new double[4]);
                    if (id == sizes.length) {
                        sizes = java.util.Arrays.copyOf(sizes, Math.max(sizes.length * 2, 16));
                    }
                }
                if (sizes[id] == docs.get(id).length) {
                    docs.set(id, java.util.Arrays.copyOf(docs.get(id), sizes[id] * 2));
                    weights.set(id, java.util.Arrays.copyOf(weights.get(id), sizes[id] * 2));
                }
                docs.get(id)[sizes[id]] = d;
                weights.get(id)[sizes[id]++] = v.weight(k);
            }
        }
        double[][] sim = new double[n][n];
        for (int d = 0; d < n; d++) {
            FeatureVector v = vectors.get(d);
            double[] row = sim[d];
            for (int k = 0; k < v.size(); k++) {
                int id = featureIds[d][k];
                double w = v.weight(k);
                int[] postingDocs = docs.get(id);
                double[] postingWeights = weights.get(id);
                // Postings are in text order: only texts after d, the rest is mirrored below.
                for (int p = sizes[id] - 1; p >= 0 && postingDocs[p] > d; p--) {
                    row[postingDocs[p]] += w * postingWeights[p];
                }
            }
            for (int e = d + 1; e < n; e++) {
                row[e] = Math.max(0, Math.min(1, row[e]));
                sim[e][d] = row[e];
            }
        }
        return sim;
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
