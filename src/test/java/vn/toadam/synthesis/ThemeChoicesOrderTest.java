package vn.toadam.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.toadam.language.GroupCardsCommand;
import vn.toadam.language.GroupCardsCommand.Card;
import vn.toadam.language.TextSimilarity;
import vn.toadam.language.ThemeClusterer;
import vn.toadam.language.ThemeLikeness;

/**
 * The moderator's "Gộp với…" and "Đưa vào chủ đề" choices list the most alike themes first. On the labelled sets:
 * for each suggested theme (or card in no theme) whose idea also has another suggested theme, is that theme among
 * the first three offered? (Themes are named by the label most of their cards carry.)
 */
class ThemeChoicesOrderTest {

    /** Share of such themes and cards whose same-idea theme is offered among the first three. */
    static final double FIRST_THREE_FLOOR = 0.5;

    @ParameterizedTest
    @ValueSource(strings = {"blind", "blind2", "blind3"})
    void theSameIdeasThemeIsUsuallyAmongTheFirstThreeOffered(String set) throws IOException {
        List<Card> cards = LabelledGroupingTest.load("/synthesis/" + set + "-cards.tsv", true);
        List<String> labels = cards.stream().map(Card::label).toList();
        TextSimilarity similarity = TextSimilarity.builtIn();
        List<List<Integer>> themes = GroupCardsCommand.group(similarity, cards, ThemeClusterer.DEFAULT_THRESHOLD);
        List<int[]> nearest = ThemeLikeness.nearestFirst(
                similarity.corpus(cards.stream().map(Card::text).toList()).similarities(), themes, List.of());

        int withPartner = 0;
        int inFirstThree = 0;
        for (int t = 0; t < themes.size(); t++) {
            String idea = mostCommon(themes.get(t), labels);
            int[] offered = nearest.get(t);
            int rank = -1;
            for (int r = 0; r < offered.length && rank < 0; r++) {
                if (mostCommon(themes.get(offered[r]), labels).equals(idea)) {
                    rank = r;
                }
            }
            if (rank >= 0) {
                withPartner++;
                inFirstThree += rank < 3 ? 1 : 0;
            }
        }
        double share = (double) inFirstThree / withPartner;
        System.out.printf("%s: %d of %d themes split from another of their idea (of %d themes) have it among the "
                + "first three offered (%.2f)%n", set, inFirstThree, withPartner, themes.size(), share);
        assertThat(withPartner).isPositive();
        assertThat(share).isGreaterThanOrEqualTo(FIRST_THREE_FLOOR);
    }

    private static String mostCommon(List<Integer> theme, List<String> labels) {
        Map<String, Integer> counts = new HashMap<>();
        theme.forEach(i -> counts.merge(labels.get(i), 1, Integer::sum));
        return Collections.max(counts.entrySet(), Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).getKey();
    }
}
