package vn.toadam.language;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.toadam.base.Texts;

/**
 * Concepts that a single syllable or pair of syllables points to, counted over the thesaurus's own phrases: "zalo"
 * occurs only in phrases about technology, "phí" mostly in those about dues. A card that words an idea in a way no
 * phrase foresaw still gets a share of the concept through such words. Tokens are content syllables (stop words
 * dropped) and pairs of consecutive ones, with accents; a syllable typed without accents counts only when a single
 * known syllable has that form ("zalo", but not "tuy", which is "tụy" here and "tuy" in "tuy nhiên"). Written here
 * because it is a count over our own data; no library holds Vietnamese concept knowledge.
 */
final class ConceptCues {

    /** A token found in fewer phrases than this says too little to point anywhere. */
    static final int PHRASES_MIN = 5;
    /** Share of a token's phrases a concept needs before the token points to it. */
    static final double SHARE_MIN = 0.6;

    private final Map<String, Map<String, Double>> conceptsByToken = new HashMap<>();
    /** Each folded syllable with its one accented form; folded forms of several syllables are left out. */
    private final Map<String, String> accentedByFolded = new HashMap<>();

    /**
     * @param conceptsByPhrase every phrase of the thesaurus in use with the concepts it stands for
     * @param otherSyllables   syllables people write besides the thesaurus's (the word list's), for telling which
     *                         unaccented forms are ambiguous
     */
    ConceptCues(Map<String, List<String>> conceptsByPhrase, Collection<String> otherSyllables) {
        Map<String, Set<String>> forms = new HashMap<>();
        otherSyllables.forEach(s -> forms.computeIfAbsent(Texts.fold(s), k -> new HashSet<>()).add(s));
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> phrases = new HashMap<>();
        conceptsByPhrase.forEach((phrase, concepts) -> {
            List<String> syllables = List.of(phrase.split(" "));
            syllables.forEach(s -> forms.computeIfAbsent(Texts.fold(s), k -> new HashSet<>()).add(s));
            for (String token : tokens(content(syllables))) {
                phrases.merge(token, 1, Integer::sum);
                concepts.forEach(c -> counts.computeIfAbsent(token, k -> new HashMap<>()).merge(c, 1, Integer::sum));
            }
        });
        forms.forEach((folded, accented) -> {
            if (accented.size() == 1) {
                accentedByFolded.put(folded, accented.iterator().next());
            }
        });
        counts.forEach((token, byConcept) -> {
            int total = phrases.get(token);
            if (total < PHRASES_MIN || token.chars().noneMatch(Character::isLetter)) {
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

    /**
     * For each concept the card's tokens point to, the sum of their shares (each distinct token counted once).
     *
     * @param syllables the card's syllables ({@link Syllables#of})
     */
    Map<String, Double> of(List<String> syllables) {
        List<String> accented = new java.util.ArrayList<>();
        for (String s : content(syllables)) {
            // typed without accents: the one syllable of that form, if only one is known
            accented.add(Texts.fold(s).equals(s) ? accentedByFolded.getOrDefault(s, "?" + s) : s);
        }
        Map<String, Double> out = new HashMap<>();
        for (String token : tokens(accented)) {
            conceptsByToken.getOrDefault(token, Map.of()).forEach((c, share) -> out.merge(c, share, Double::sum));
        }
        return out;
    }

    private static List<String> content(List<String> syllables) {
        return syllables.stream().filter(s -> !TextFeatures.STOP_WORDS.contains(Texts.fold(s))).toList();
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
