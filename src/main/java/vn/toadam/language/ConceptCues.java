package vn.toadam.language;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Concepts that a single syllable or pair of syllables points to, counted over the thesaurus's own phrases: "zalo"
 * occurs only in phrases about technology, "phí" mostly in those about dues. A card that words an idea in a way no
 * phrase foresaw still gets a share of the concept through such words. Tokens are folded content syllables (stop
 * words dropped) and pairs of consecutive ones, as {@link TextFeatures} makes them. Written here because it is a
 * count over our own data; no library holds Vietnamese concept knowledge.
 */
final class ConceptCues {

    /** A token found in fewer phrases than this says too little to point anywhere. */
    static final int PHRASES_MIN = 5;
    /** Share of a token's phrases a concept needs before the token points to it. */
    static final double SHARE_MIN = 0.6;

    private final Map<String, Map<String, Double>> conceptsByToken = new HashMap<>();

    /** @param conceptsByPhrase every phrase of the thesaurus in use with the concepts it stands for */
    ConceptCues(Map<String, List<String>> conceptsByPhrase) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> phrases = new HashMap<>();
        conceptsByPhrase.forEach((phrase, concepts) -> {
            for (String token : tokens(TextFeatures.content(List.of(phrase.split(" "))))) {
                phrases.merge(token, 1, Integer::sum);
                concepts.forEach(c -> counts.computeIfAbsent(token, k -> new HashMap<>()).merge(c, 1, Integer::sum));
            }
        });
        counts.forEach((token, byConcept) -> {
            int total = phrases.get(token);
            if (total < PHRASES_MIN) {
                return;
            }
            Map<String, Double> shares = new HashMap<>();
            byConcept.forEach((concept, n) -> {
                double share = (double) n / total;
                if (share >= SHARE_MIN) {
                    shares.put(concept, share);
                }
            });
            if (!shares.isEmpty()) {
                conceptsByToken.put(token, Map.copyOf(shares));
            }
        });
    }

    /** For each concept the text's tokens point to, the sum of their shares (each distinct token counted once). */
    Map<String, Double> of(List<String> content) {
        Map<String, Double> out = new HashMap<>();
        for (String token : tokens(content)) {
            conceptsByToken.getOrDefault(token, Map.of()).forEach((c, share) -> out.merge(c, share, Double::sum));
        }
        return out;
    }

    private static Set<String> tokens(List<String> content) {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < content.size(); i++) {
            tokens.add(content.get(i));
            if (i + 1 < content.size()) {
                tokens.add(content.get(i) + "_" + content.get(i + 1));
            }
        }
        return tokens;
    }
}
