package vn.toadam.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.toadam.base.Texts;

/**
 * Multi-syllable Vietnamese words from a word list shipped in the jar ({@code language/words.txt}, licence beside
 * it), and segmentation by longest match from the left: "sinh hoạt chi bộ" → "sinh_hoạt", "chi_bộ". Longest match is
 * the classic dictionary method; a statistical segmenter would need a trained model we cannot ship.
 */
public final class WordList {

    public static final String RESOURCE = "/language/words.txt";
    /** Longest word considered, in syllables. */
    static final int MAX_SYLLABLES = 4;

    private static volatile WordList builtIn;

    private final Set<String> words;
    private final Set<String> foldedWords;

    WordList(Set<String> words) {
        this.words = words;
        this.foldedWords = new HashSet<>();
        words.forEach(w -> foldedWords.add(Texts.fold(w)));
    }

    public static WordList builtIn() {
        WordList w = builtIn;
        if (w == null) {
            Set<String> set = new HashSet<>();
            try (InputStream in = WordList.class.getResourceAsStream(RESOURCE)) {
                if (in != null) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        List<String> s = Syllables.of(line);
                        if (s.size() >= 2 && s.size() <= MAX_SYLLABLES && !line.startsWith("#")) {
                            set.add(String.join(" ", s));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            w = new WordList(set);
            builtIn = w;
        }
        return w;
    }

    public int size() {
        return words.size();
    }

    /** Every syllable of the list's words, with accents. */
    Set<String> syllables() {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.addAll(List.of(w.split(" "))));
        return out;
    }

    public boolean contains(String word) {
        return words.contains(word);
    }

    /** Words of the syllables, longest match first; a syllable in no longer word is a word of its own. */
    public List<String> segment(List<String> syllables, boolean folded) {
        Set<String> dictionary = folded ? foldedWords : words;
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < syllables.size()) {
            int taken = 1;
            for (int n = Math.min(MAX_SYLLABLES, syllables.size() - i); n >= 2; n--) {
                if (dictionary.contains(String.join(" ", syllables.subList(i, i + n)))) {
                    taken = n;
                    break;
                }
            }
            out.add(String.join(" ", syllables.subList(i, i + taken)));
            i += taken;
        }
        return out;
    }
}
