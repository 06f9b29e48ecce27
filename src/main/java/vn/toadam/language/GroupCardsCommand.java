package vn.toadam.language;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar toadam.jar group-cards FILE.tsv}: groups labelled cards with the built-in thesaurus (no server, no
 * database) and scores the grouping against the labels, for trainers who tune the thesaurus. Input: a header line,
 * then {@code theme<TAB>type<TAB>text}. Output: {@code <theme number><TAB><text>} per card in input order, then
 * {@code pairwise precision=… recall=… f1=…}.
 */
public final class GroupCardsCommand {

    public static final String NAME = "group-cards";

    public record Card(String label, String type, String text) {
    }

    public record Score(double precision, double recall, double f1) {
    }

    private GroupCardsCommand() {
    }

    public static void main(String[] args) {
        String[] withName = new String[args.length + 1];
        withName[0] = NAME;
        System.arraycopy(args, 0, withName, 1, args.length);
        System.exit(run(withName, System.out, System.err));
    }

    /** Exit status: 0 done, 2 wrong usage or unreadable file. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: java -jar toadam.jar " + NAME + " FILE.tsv   (columns theme, type, text; header line)");
            return 2;
        }
        List<Card> cards;
        try {
            cards = read(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8), true);
        } catch (IOException | RuntimeException e) {
            err.println("cannot read " + args[1] + ": " + e.getMessage());
            return 2;
        }
        List<List<Integer>> themes = group(TextSimilarity.builtIn(), cards, ThemeClusterer.DEFAULT_THRESHOLD);
        int[] theme = new int[cards.size()];
        for (int t = 0; t < themes.size(); t++) {
            for (int i : themes.get(t)) {
                theme[i] = t + 1;
            }
        }
        for (int i = 0; i < cards.size(); i++) {
            out.println(theme[i] + "\t" + cards.get(i).text());
        }
        Score s = score(cards.stream().map(Card::label).toList(), themes);
        out.println(String.format(Locale.ROOT, "pairwise precision=%.3f recall=%.3f f1=%.3f", s.precision(),
                s.recall(), s.f1()));
        return 0;
    }

    public static List<List<Integer>> group(TextSimilarity similarity, List<Card> cards, double threshold) {
        Corpus corpus = similarity.corpus(cards.stream().map(Card::text).toList());
        List<String> kinds = cards.stream().map(Card::type).toList();
        return ThemeClusterer.cluster(corpus, ThemeClusterer.Options.threshold(threshold)
                .withKinds(kinds.stream().allMatch(k -> k == null) ? null : kinds));
    }

    /**
     * Cards of a TSV: {@code theme<TAB>type<TAB>text}, or {@code theme<TAB>text} (no type); lines starting with
     * "#" and blank lines skipped; the first other line skipped too when {@code header}.
     */
    public static List<Card> read(String tsv, boolean header) {
        List<Card> cards = new ArrayList<>();
        boolean skip = header;
        for (String line : tsv.replace("\r", "").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (skip) {
                skip = false;
                continue;
            }
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                cards.add(new Card(parts[0].strip(), parts[1].isBlank() ? null : parts[1].strip(), parts[2].strip()));
            } else if (parts.length == 2) {
                cards.add(new Card(parts[0].strip(), null, parts[1].strip()));
            } else {
                throw new IllegalArgumentException("line without tabs: " + line);
            }
        }
        return cards;
    }

    /** Pairwise precision, recall and F1 of a grouping against labels. */
    public static Score score(List<String> labels, List<List<Integer>> groups) {
        int[] predicted = new int[labels.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int i : groups.get(g)) {
                predicted[i] = g;
            }
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                boolean same = labels.get(i).equals(labels.get(j));
                boolean together = predicted[i] == predicted[j];
                if (same && together) {
                    tp++;
                } else if (together) {
                    fp++;
                } else if (same) {
                    fn++;
                }
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return new Score(precision, recall,
                precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }
}
