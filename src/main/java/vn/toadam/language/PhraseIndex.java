package vn.toadam.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.toadam.base.Texts;

/**
 * Thesaurus phrases found fast at a position of a card: by their first syllable and, for longer phrases, the folded
 * form of their second, which must occur within the allowed gap after the first. With some 18,000 phrases many share
 * a first syllable ("đảng", "họp", "không"); trying only those whose second syllable is also near keeps a card's
 * analysis cheap. It only narrows the candidates: each is still matched in full by the caller.
 *
 * @param <P> the phrase
 */
final class PhraseIndex<P> {

    private final int maxGap;
    private final Map<String, List<P>> single = new HashMap<>();
    private final Map<String, Map<String, List<P>>> byFirstTwo = new HashMap<>();

    PhraseIndex(int maxGap) {
        this.maxGap = maxGap;
    }

    /** @param first the key the phrase starts with; @param second its second syllable, or null for one syllable */
    void add(String first, String second, P phrase) {
        if (second == null) {
            single.computeIfAbsent(first, k -> new ArrayList<>()).add(phrase);
        } else {
            byFirstTwo.computeIfAbsent(first, k -> new HashMap<>())
                    .computeIfAbsent(Texts.fold(second), k -> new ArrayList<>()).add(phrase);
        }
    }

    /**
     * Every phrase that may start at {@code start}, whose first key is {@code first} (some more than once).
     *
     * @param folded the card's syllables without accents
     */
    void candidates(List<String> folded, int start, String first, Consumer<P> action) {
        single.getOrDefault(first, List.of()).forEach(action);
        Map<String, List<P>> bySecond = byFirstTwo.get(first);
        if (bySecond == null) {
            return;
        }
        for (int j = start + 1; j <= Math.min(folded.size() - 1, start + 1 + maxGap); j++) {
            bySecond.getOrDefault(folded.get(j), List.of()).forEach(action);
        }
    }
}
