package vn.toadam.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.toadam.language.GroupCardsCommand;
import vn.toadam.language.GroupCardsCommand.Card;
import vn.toadam.language.GroupCardsCommand.Score;
import vn.toadam.language.TextSimilarity;
import vn.toadam.language.ThemeClusterer;

/**
 * The suggested grouping against hand-labelled cards: pairwise F1 must stay at or above a floor. Two sets: 66 cards
 * whose themes share key words, and a set of paraphrased cards written by someone who did not see the thesaurus.
 */
class LabelledGroupingTest {

    /**
     * 66 cards whose themes share key words: 0.881 on 2026-12-01 (default threshold, shared neighbours); 0.931 with
     * the second author's thesaurus (unchanged by the thesaurus's word cues); 0.859 with the third author's (online
     * meetings now tied to members living away: precision 0.770).
     */
    static final double F1_FLOOR = 0.84;
    /**
     * 260 paraphrased cards in 18 themes, written without seeing the thesaurus. First contact 2026-12-01: F1 0.441;
     * the thesaurus was then extended after reading these cards' errors (0.815), so the figure overstates quality on
     * unseen cards. With shared neighbours at the default threshold: 0.796; 0.871 with the second author's
     * thesaurus (written from the domain, not from these cards); 0.878 with the thesaurus's word cues; 0.833 with the
     * third author's thesaurus (18,500 phrases, written blind: the sets the earlier thesaurus was judged on lose,
     * the held-out sets below gain); 0.837 once word cues read accents. The floor stops it getting worse.
     */
    static final double PARAPHRASE_F1_FLOOR = 0.81;
    /**
     * 140 cards in 14 themes written by someone who saw neither the thesaurus nor the other sets. Scored once before
     * any change: F1 0.513 (2026-12-01). It then served, with the two sets above, to choose the clustering (shared
     * neighbours, threshold 0.30: F1 0.592), never to extend the thesaurus; 0.718 after a second author extended the
     * thesaurus without reading it; 0.785 with the thesaurus's word cues (chosen on this and the two sets above);
     * 0.739 with the third author's thesaurus; 0.720 once word cues read accents ("tuy" of "tuy nhiên" no longer
     * points to a concept). The honest figures for unseen cards are those of the two sets below.
     */
    static final double BLIND_F1_FLOOR = 0.70;

    /**
     * 294 cards in 21 themes, written on 2026-12-01 by someone who saw only the domain notes and the seed article
     * (no code, thesaurus or other set), and scored without reading its cards: F1 0.480 on the code of that morning,
     * 0.558 (precision 0.703, recall 0.462) after the broader thesaurus, shared neighbours and spelling fixes, all
     * chosen without it; 0.571 (precision 0.671, recall 0.497) after a second author's thesaurus (88 concepts, 6,074
     * phrases); 0.622 (precision 0.718, recall 0.549) with the thesaurus's word cues ({@code ConceptCues}); 0.646
     * (precision 0.732, recall 0.578) with a third author's thesaurus (91 concepts, 18,500 phrases, written without
     * seeing any set); 0.630 (precision 0.735, recall 0.551) once word cues read accents. The target is 0.8. Do not
     * tune on its errors.
     */
    static final double BLIND2_F1_FLOOR = 0.61;

    /**
     * 318 cards in 21 themes, written on 2026-12-01 (evening) like the set above by someone who saw only the domain
     * notes and the seed article, and scored without reading its cards: F1 0.496 (precision 0.647, recall 0.403)
     * on the code before the word cues, 0.506 with them, 0.565 (precision 0.669, recall 0.489) with the third
     * author's thesaurus, 0.584 (precision 0.705, recall 0.499) once word cues read accents. The freshest honest
     * figure; do not tune on it.
     */
    static final double BLIND3_F1_FLOOR = 0.56;

    static List<Card> load(String resource, boolean header) throws IOException {
        try (InputStream in = LabelledGroupingTest.class.getResourceAsStream(resource)) {
            return GroupCardsCommand.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), header);
        }
    }

    static Score score(List<Card> cards, double threshold) {
        return GroupCardsCommand.score(cards.stream().map(Card::label).toList(),
                GroupCardsCommand.group(TextSimilarity.builtIn(), cards, threshold));
    }

    static double report(String name, List<Card> cards) {
        for (double t = 0.1; t <= 0.5; t += 0.05) {
            Score s = score(cards, t);
            System.out.printf("%s, threshold %.2f: precision %.3f recall %.3f F1 %.3f%n", name, t, s.precision(),
                    s.recall(), s.f1());
        }
        Score s = score(cards, ThemeClusterer.DEFAULT_THRESHOLD);
        System.out.printf("%s at the default threshold %.2f: precision %.3f recall %.3f F1 %.3f%n", name,
                ThemeClusterer.DEFAULT_THRESHOLD, s.precision(), s.recall(), s.f1());
        return s.f1();
    }

    @Test
    void suggestedThemesAgreeWithTheLabels() throws IOException {
        List<Card> cards = load("/synthesis/labelled-cards.tsv", true);
        assertThat(cards).hasSizeGreaterThanOrEqualTo(60);
        assertThat(report("66 cards", cards)).isGreaterThanOrEqualTo(F1_FLOOR);
    }

    @Test
    void themesSurviveParaphrase() throws IOException {
        List<Card> cards = load("/synthesis/paraphrase-cards.tsv", true);
        assertThat(cards).hasSizeGreaterThanOrEqualTo(240);
        assertThat(cards.stream().map(Card::label).distinct().count()).isGreaterThanOrEqualTo(16);
        assertThat(report("paraphrased cards", cards)).isGreaterThanOrEqualTo(PARAPHRASE_F1_FLOOR);
    }

    @Test
    void themesOfCardsNobodyTunedOn() throws IOException {
        List<Card> cards = load("/synthesis/blind-cards.tsv", true);
        assertThat(cards).hasSizeGreaterThanOrEqualTo(140);
        assertThat(report("blind cards", cards)).isGreaterThanOrEqualTo(BLIND_F1_FLOOR);
    }

    @Test
    void themesOfASecondSetNobodyTunedOn() throws IOException {
        assertHeldOutSet("/synthesis/blind2-cards.tsv", "second blind set", 290, BLIND2_F1_FLOOR);
    }

    @Test
    void themesOfAThirdSetNobodyTunedOn() throws IOException {
        assertHeldOutSet("/synthesis/blind3-cards.tsv", "third blind set", 300, BLIND3_F1_FLOOR);
    }

    private static void assertHeldOutSet(String resource, String name, int cardsMin, double floor) throws IOException {
        List<Card> cards = load(resource, true);
        assertThat(cards).hasSizeGreaterThanOrEqualTo(cardsMin);
        assertThat(cards.stream().map(Card::label).distinct().count()).isGreaterThanOrEqualTo(21);
        assertThat(report(name, cards)).isGreaterThanOrEqualTo(floor);
    }
}
