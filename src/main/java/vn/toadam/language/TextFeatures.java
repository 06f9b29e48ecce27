package vn.toadam.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.toadam.base.Texts;

/**
 * What a card says, as weighted features: concepts of the thesaurus (the strongest signal: different words, same
 * idea), more weakly the concepts its single words point to ({@link ConceptCues}), words of the word list,
 * syllables, syllable pairs and character trigrams (typos, missing accents).
 */
public final class TextFeatures {

    /** Weight of each kind of feature before IDF; concepts carry paraphrase, trigrams only catch typos. */
    static final double CONCEPT = 2.0;
    /** Weight of a concept a word only points to ({@link ConceptCues}), per unit of share. */
    static final double CUE = 1.0;
    static final double WORD = 1.0;
    static final double SYLLABLE = 0.6;
    static final double PAIR = 0.4;
    static final double TRIGRAM = 0.15;
    /** How concept weight grows with evidence (syllables of matched phrases): evidence^EVIDENCE. */
    static final double EVIDENCE = 1.0;
    /** Share of a "parent/child" concept's weight its parent gets. */
    static final double PARENT = 0.5;
    /** Syllables a thesaurus phrase may skip inside a card ("họp chi bộ rất ít đổi mới" still says "ít đổi mới"). */
    static final int MAX_GAP = 2;

    /** Frequent function words (folded form), dropped from syllable features. */
    static final Set<String> STOP_WORDS = Set.of("va", "cua", "cac", "duoc", "cho", "la", "nhung", "trong", "voi",
            "khi", "nay", "mot", "thi", "ra", "vao", "se", "theo", "lai", "cung", "rat", "nhieu", "hon", "con", "da",
            "dang", "viec", "nen", "bi", "do", "o", "tai", "ma", "cu", "qua", "den", "tu", "neu", "thuong", "hay",
            "van", "luon", "chua", "chi");

    public record Analysis(List<String> concepts, List<String> words) {
    }

    private final Thesaurus thesaurus;
    private final WordList words;
    private final ConceptCues cues;
    private final PhraseIndex<Phrase> phrasesByFirst = new PhraseIndex<>(MAX_GAP);
    private final PhraseIndex<Phrase> foldedPhrasesByFirst = new PhraseIndex<>(MAX_GAP);
    /** Accented phrases by the folded form of their first syllable (for syllables typed without accents). */
    private final PhraseIndex<Phrase> accentedByFolded = new PhraseIndex<>(MAX_GAP);

    private record Phrase(List<String> syllables, List<String> concepts) {
    }

    public TextFeatures(Thesaurus thesaurus, WordList words) {
        this.thesaurus = thesaurus;
        this.words = words;
        Map<String, List<String>> conceptsByPhrase = thesaurus.conceptsByPhrase();
        this.cues = new ConceptCues(conceptsByPhrase, words.syllables());
        conceptsByPhrase.forEach((phrase, concepts) -> {
            List<String> s = List.of(phrase.split(" "));
            String second = s.size() > 1 ? s.get(1) : null;
            phrasesByFirst.add(s.get(0), second, new Phrase(s, concepts));
            List<String> folded = s.stream().map(Texts::fold).toList();
            foldedPhrasesByFirst.add(folded.get(0), second, new Phrase(folded, concepts));
            if (!folded.get(0).equals(s.get(0))) {
                accentedByFolded.add(folded.get(0), second, new Phrase(s, concepts));
            }
        });
    }

    public static TextFeatures builtIn() {
        return new TextFeatures(Thesaurus.builtIn(), WordList.builtIn());
    }

    public Thesaurus thesaurus() {
        return thesaurus;
    }

    public Analysis analyse(String text) {
        List<String> syllables = Syllables.of(text);
        boolean folded = Syllables.unaccented(syllables);
        return new Analysis(concepts(syllables, folded), words.segment(syllables, folded));
    }

    /** Feature names and weights of one text (before IDF, not normalised). */
    public Map<String, Double> weights(String text) {
        List<String> syllables = Syllables.of(text);
        boolean unaccented = Syllables.unaccented(syllables);
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Double> kind = new HashMap<>();
        Map<String, Double> out = new HashMap<>();
        List<String> content = content(syllables);
        conceptEvidence(syllables, unaccented).forEach((c, evidence) -> addConcept(out, c,
                CONCEPT * Math.pow(evidence, EVIDENCE)));
        cues.of(syllables).forEach((c, share) -> addConcept(out, c, CUE * share));
        for (String w : words.segment(syllables, unaccented)) {
            if (w.indexOf(' ') > 0) {
                add(counts, kind, "w:" + Texts.fold(w), WORD);
            }
        }
        for (int i = 0; i < content.size(); i++) {
            add(counts, kind, "s:" + content.get(i), SYLLABLE);
            if (i + 1 < content.size()) {
                add(counts, kind, "b:" + content.get(i) + "_" + content.get(i + 1), PAIR);
            }
            String padded = " " + content.get(i) + " ";
            Set<String> grams = new HashSet<>();
            for (int j = 0; j + 3 <= padded.length(); j++) {
                grams.add("t:" + padded.substring(j, j + 3));
            }
            grams.forEach(g -> add(counts, kind, g, TRIGRAM));
        }
        counts.forEach((f, c) -> out.put(f, (1 + Math.log(c)) * kind.get(f)));
        return out;
    }

    /** A concept's weight, and half of it for its parent when it is a "parent/child" concept. */
    private static void addConcept(Map<String, Double> out, String concept, double weight) {
        out.merge("c:" + concept, weight, Double::sum);
        int slash = concept.indexOf('/');
        if (slash > 0) {
            out.merge("c:" + concept.substring(0, slash), weight * PARENT, Double::sum);
        }
    }

    /** Folded syllables without stop words. */
    private static List<String> content(List<String> syllables) {
        List<String> content = new ArrayList<>();
        for (String s : syllables) {
            String f = Texts.fold(s);
            if (!STOP_WORDS.contains(f)) {
                content.add(f);
            }
        }
        return content;
    }

    private static void add(Map<String, Integer> counts, Map<String, Double> kind, String feature, double weight) {
        counts.merge(feature, 1, Integer::sum);
        kind.put(feature, weight);
    }

    /** Concepts whose phrases occur in the syllables, in order, each gap at most {@link #MAX_GAP} syllables. */
    List<String> concepts(List<String> syllables, boolean unaccented) {
        return new ArrayList<>(conceptEvidence(syllables, unaccented).keySet());
    }

    /**
     * For each concept mentioned, how strongly: the syllables of its distinct phrases found, so a card that says
     * "nộp đảng phí chậm, nợ phí" is more about dues than one that only says "nợ".
     */
    Map<String, Double> conceptEvidence(List<String> syllables, boolean unaccented) {
        List<String> tokens = unaccented ? syllables.stream().map(Texts::fold).toList() : syllables;
        List<String> folded = unaccented ? tokens : tokens.stream().map(Texts::fold).toList();
        PhraseIndex<Phrase> index = unaccented ? foldedPhrasesByFirst : phrasesByFirst;
        Set<Phrase> found = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            int at = i;
            Consumer<Phrase> tryPhrase = p -> {
                if (!found.contains(p) && matchesFrom(tokens, at, p.syllables())) {
                    found.add(p);
                }
            };
            index.candidates(folded, i, tokens.get(i), tryPhrase);
            if (!unaccented && folded.get(i).equals(tokens.get(i))) {
                // a syllable typed without accents in an accented card: try the phrases that start like it
                accentedByFolded.candidates(folded, i, tokens.get(i), tryPhrase);
            }
        }
        Map<String, Double> evidence = new java.util.LinkedHashMap<>();
        for (Phrase p : found) {
            p.concepts().forEach(c -> evidence.merge(c, (double) p.syllables().size(), Double::sum));
        }
        return evidence;
    }

    /** The card's syllable is the phrase's, or the phrase's without accents when typed so ("dồn" ~ "don"). */
    private static boolean same(String token, String phraseSyllable) {
        return token.equals(phraseSyllable) || token.equals(Texts.fold(phraseSyllable))
                && Texts.fold(token).equals(token);
    }

    private static boolean matchesFrom(List<String> tokens, int start, List<String> phrase) {
        int at = start;
        for (int k = 1; k < phrase.size(); k++) {
            int next = -1;
            for (int j = at + 1; j <= Math.min(tokens.size() - 1, at + 1 + MAX_GAP); j++) {
                if (same(tokens.get(j), phrase.get(k))) {
                    next = j;
                    break;
                }
            }
            if (next < 0) {
                return false;
            }
            at = next;
        }
        return true;
    }
}
