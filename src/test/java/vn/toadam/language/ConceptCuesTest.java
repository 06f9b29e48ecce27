package vn.toadam.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptCuesTest {

    private static final Thesaurus THESAURUS = Thesaurus.parse("""
            đảng phí\tthu phí | nộp phí | đóng phí | nợ phí | mức phí | sổ thu
            biên bản\tghi biên bản | đọc biên bản | sổ biên bản | ký biên bản | biên bản sơ sài | sổ ghi
            """);

    @Test
    void aWordFoundMostlyInOneConceptsPhrasesPointsToIt() {
        ConceptCues cues = new ConceptCues(THESAURUS.conceptsByPhrase());
        // No phrase matches "góp phí trễ", but "phí" occurs only in phrases about dues.
        assertThat(cues.of(content("Góp phi trễ mấy tháng"))).containsOnlyKeys("đảng phí");
        assertThat(cues.of(content("Cuốn bien ban để lộn xộn"))).containsKeys("biên bản");
        // "sổ" is in phrases of both concepts: it points to neither.
        assertThat(cues.of(content("Cuốn sổ bị mất"))).isEmpty();
    }

    @Test
    void aCardWordedAsNoPhraseForesawGetsTheConceptWeaker() {
        TextFeatures features = new TextFeatures(THESAURUS, new WordList(java.util.Set.of()));
        double cue = features.weights("Góp phí trễ").getOrDefault("c:đảng phí", 0.0);
        double phrase = features.weights("Nộp phí trễ").getOrDefault("c:đảng phí", 0.0);
        assertThat(cue).isPositive();
        assertThat(phrase).isGreaterThan(cue);
        assertThat(features.concepts(Syllables.of("Góp phí trễ"), false)).isEmpty();
    }

    private static List<String> content(String text) {
        return TextFeatures.content(Syllables.of(text));
    }
}
