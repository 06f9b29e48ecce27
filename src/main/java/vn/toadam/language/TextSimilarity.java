package vn.toadam.language;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How alike two Vietnamese texts are, offline: {@link #features} once per text (cache it per card), then
 * {@link #similarity} (cosine, 0..1) or a {@link Corpus} to weight many texts together. The thesaurus in use
 * changes when trainers edit it; {@link #generation} tells caches that features computed before are stale.
 */
@Component
public class TextSimilarity {

    private volatile TextFeatures analyser;
    private volatile long generation;

    /** Built on first use (or when the thesaurus in use is set): some 18,000 phrases take a second at start-up. */
    public TextSimilarity() {
    }

    TextSimilarity(TextFeatures analyser) {
        this.analyser = analyser;
    }

    private TextFeatures analyser() {
        TextFeatures a = analyser;
        if (a == null) {
            synchronized (this) {
                if (analyser == null) {
                    analyser = TextFeatures.builtIn();
                }
                a = analyser;
            }
        }
        return a;
    }

    /** With the built-in thesaurus and word list only (no Spring, no database: the command line). */
    public static TextSimilarity builtIn() {
        return new TextSimilarity();
    }

    /** A text's own features, length 1, before any corpus weighting. */
    public FeatureVector features(String text) {
        return FeatureVector.of(analyser().weights(text)).normalised();
    }

    /** Cosine similarity, 0..1. */
    public double similarity(FeatureVector a, FeatureVector b) {
        return a.cosine(b);
    }

    public double similarity(String a, String b) {
        return corpus(List.of(a, b)).similarity(0, 1);
    }

    /** Features of many texts weighted by their IDF among these texts. */
    public Corpus corpus(List<String> texts) {
        return Corpus.of(texts.stream().map(this::features).toList());
    }

    /** The same, from features computed earlier (for instance cached per card). */
    public Corpus corpusOf(List<FeatureVector> features) {
        return Corpus.of(features);
    }

    /** The thesaurus concepts a text mentions, e.g. ["đảng phí"] (to explain why texts were matched). */
    public List<String> concepts(String text) {
        return analyser().analyse(text).concepts();
    }

    /** The text cut into words ("sinh hoạt", "chi bộ", …). */
    public List<String> words(String text) {
        return analyser().analyse(text).words();
    }

    public Thesaurus thesaurus() {
        return analyser().thesaurus();
    }

    /** Changes every time the thesaurus does: part of a feature cache's key. */
    public long generation() {
        return generation;
    }

    /** Uses the built-in thesaurus plus these entries from now on. */
    public synchronized void useThesaurus(Thesaurus thesaurus) {
        analyser = new TextFeatures(thesaurus, WordList.builtIn());
        generation++;
    }
}
