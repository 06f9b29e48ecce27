package vn.toadam.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Concepts of the field and the phrases people use for each ("thu đảng phí", "nộp phí", "đóng đảng phí" → dues).
 * Built in from {@code language/thesaurus.tsv} (one concept a line: {@code concept<TAB>phrase | phrase | …}), plus
 * what trainers add. Phrases are matched on lower-case syllables, with accents when the text has them.
 */
public final class Thesaurus {

    public static final String RESOURCE = "/language/thesaurus.tsv";

    public record Entry(String concept, String phrase) {
    }

    private static volatile Thesaurus builtIn;

    private final Map<String, Set<String>> phrasesByConcept;

    private Thesaurus(Map<String, Set<String>> phrasesByConcept) {
        this.phrasesByConcept = phrasesByConcept;
    }

    /** The thesaurus shipped in the jar. */
    public static Thesaurus builtIn() {
        Thesaurus t = builtIn;
        if (t == null) {
            try (InputStream in = Thesaurus.class.getResourceAsStream(RESOURCE)) {
                t = parse(in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builtIn = t;
        }
        return t;
    }

    static Thesaurus parse(String tsv) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length < 2) {
                continue;
            }
            String concept = parts[0].strip();
            for (String phrase : parts[1].split("\\|")) {
                String p = normalisePhrase(phrase);
                if (!p.isEmpty()) {
                    map.computeIfAbsent(concept, k -> new LinkedHashSet<>()).add(p);
                }
            }
        }
        return new Thesaurus(map);
    }

    /** This thesaurus with more phrases (a trainer's edits). */
    public Thesaurus with(Collection<Entry> entries) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        phrasesByConcept.forEach((c, p) -> map.put(c, new LinkedHashSet<>(p)));
        for (Entry e : entries) {
            String p = normalisePhrase(e.phrase());
            if (!p.isEmpty() && !e.concept().isBlank()) {
                map.computeIfAbsent(e.concept().strip(), k -> new LinkedHashSet<>()).add(p);
            }
        }
        return new Thesaurus(map);
    }

    static String normalisePhrase(String phrase) {
        return String.join(" ", Syllables.of(phrase));
    }

    public Set<String> concepts() {
        return phrasesByConcept.keySet();
    }

    public Set<String> phrases(String concept) {
        return phrasesByConcept.getOrDefault(concept, Set.of());
    }

    /** Every (phrase, concept) pair: a phrase may stand for several concepts. */
    Map<String, List<String>> conceptsByPhrase() {
        Map<String, List<String>> out = new HashMap<>();
        phrasesByConcept.forEach((c, phrases) -> phrases.forEach(
                p -> out.computeIfAbsent(p, k -> new ArrayList<>()).add(c)));
        return out;
    }
}
