package vn.toadam.synthesis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.toadam.base.Texts;

/**
 * Groups short Vietnamese texts by similarity, offline: texts are folded (NFC, lower case, no diacritics, đ → d),
 * described by syllables, syllable pairs and character trigrams weighted by TF-IDF, and compared by cosine. Each
 * text joins the most similar group whose centre is at least {@code threshold} alike, or starts a new group; a
 * second pass moves texts to their best centre once all groups exist.
 */
public final class TextClusterer {

    /** Default similarity a text needs to join a group (0–1). */
    public static final double DEFAULT_THRESHOLD = 0.18;

    /** Frequent function words whose folded form does not collide with a content word (so not "dang", "de"). */
    private static final Set<String> STOP_WORDS = Set.of("va", "cua", "cac", "duoc", "cho", "la", "nhung", "trong",
            "voi", "khong", "khi", "nay", "mot", "thi", "ra", "vao", "se", "theo", "lai", "cung", "rat", "nhieu",
            "hon");

    private TextClusterer() {
    }

    /** Indexes of the texts in each group, largest group first. */
    public static List<List<Integer>> cluster(List<String> texts, double threshold) {
        List<Map<String, Double>> vectors = vectors(texts);
        List<Map<String, Double>> centres = new ArrayList<>();
        List<Double> squaredNorms = new ArrayList<>();
        int[] assignment = new int[texts.size()];
        for (int i = 0; i < vectors.size(); i++) {
            Map<String, Double> v = vectors.get(i);
            int best = best(v, centres, squaredNorms, threshold);
            if (best < 0) {
                centres.add(new HashMap<>(v));
                squaredNorms.add(1.0);
                best = centres.size() - 1;
            } else {
                Map<String, Double> centre = centres.get(best);
                squaredNorms.set(best, squaredNorms.get(best) + 2 * dot(v, centre) + 1);
                add(centre, v);
            }
            assignment[i] = best;
        }
        for (int i = 0; i < vectors.size(); i++) {
            int best = best(vectors.get(i), centres, squaredNorms, 0);
            if (best >= 0) {
                assignment[i] = best;
            }
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < assignment.length; i++) {
            groups.computeIfAbsent(assignment[i], k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> result = new ArrayList<>(groups.values());
        result.sort((a, b) -> a.size() != b.size() ? b.size() - a.size() : a.get(0) - b.get(0));
        return result;
    }

    /** Cosine similarity of two texts on their own (IDF taken from just these two). */
    public static double similarity(String a, String b) {
        List<Map<String, Double>> v = vectors(List.of(a, b));
        return dot(v.get(0), v.get(1));
    }

    /** Which text of a group is most like the others: its label. */
    public static int centralIndex(List<String> texts, List<Integer> group) {
        List<Map<String, Double>> vectors = vectors(texts);
        Map<String, Double> centre = new HashMap<>();
        group.forEach(i -> add(centre, vectors.get(i)));
        return group.stream().max((x, y) -> Double.compare(dot(vectors.get(x), centre), dot(vectors.get(y), centre)))
                .orElseThrow();
    }

    static List<String> syllables(String text) {
        List<String> out = new ArrayList<>();
        for (String token : Texts.fold(Texts.clean(text)).split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty() && !STOP_WORDS.contains(token)) {
                out.add(token);
            }
        }
        return out;
    }

    private static List<Map<String, Double>> vectors(List<String> texts) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String text : texts) {
            Map<String, Integer> features = features(text);
            counts.add(features);
            features.keySet().forEach(f -> documentFrequency.merge(f, 1, Integer::sum));
        }
        int n = texts.size();
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        for (Map<String, Integer> features : counts) {
            Map<String, Double> v = new HashMap<>();
            features.forEach((f, c) -> v.put(f, (1 + Math.log(c)) * Math.log(1.0 + (double) n / documentFrequency.get(f))
                    * (f.startsWith("#") ? 0.5 : 1.0)));
            vectors.add(normalise(v));
        }
        return vectors;
    }

    private static Map<String, Integer> features(String text) {
        Map<String, Integer> features = new HashMap<>();
        List<String> words = syllables(text);
        for (int i = 0; i < words.size(); i++) {
            features.merge(words.get(i), 1, Integer::sum);
            if (i + 1 < words.size()) {
                features.merge(words.get(i) + "_" + words.get(i + 1), 1, Integer::sum);
            }
            String padded = " " + words.get(i) + " ";
            Set<String> grams = new HashSet<>();
            for (int j = 0; j + 3 <= padded.length(); j++) {
                grams.add("#" + padded.substring(j, j + 3));
            }
            grams.forEach(g -> features.merge(g, 1, Integer::sum));
        }
        return features;
    }

    /** The centre most like {@code v} (cosine, as {@code v} has length 1) if at least {@code threshold}, else -1. */
    private static int best(Map<String, Double> v, List<Map<String, Double>> centres, List<Double> squaredNorms,
                            double threshold) {
        int best = -1;
        double bestScore = threshold;
        for (int c = 0; c < centres.size(); c++) {
            double score = dot(v, centres.get(c)) / Math.sqrt(squaredNorms.get(c));
            if (score >= bestScore && (best < 0 || score > bestScore)) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private static void add(Map<String, Double> centre, Map<String, Double> v) {
        v.forEach((f, w) -> centre.merge(f, w, Double::sum));
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                sum += e.getValue() * w;
            }
        }
        return sum;
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double w : v.values()) {
            sum += w * w;
        }
        return sum == 0 ? 1 : Math.sqrt(sum);
    }

    private static Map<String, Double> normalise(Map<String, Double> v) {
        double n = norm(v);
        Map<String, Double> out = new HashMap<>();
        v.forEach((f, w) -> out.put(f, w / n));
        return out;
    }
}
