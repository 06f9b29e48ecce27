package vn.toadam.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConceptCuesTest {

    private static final Thesaurus THESAURUS = Thesaurus.parse("""
            đảng phí\tthu phí | nộp phí | đóng phí | nợ phí | mức phí | sổ thu | sổ đảng phí | sổ nộp | 70 nghìn | 70 đồng \
                    | 70 ngàn | 70 mỗi tháng | 70 một tháng
            biên bản\tghi biên bản | đọc biên bản | sổ biên bản | ký biên bản | biên bản sơ sài | sổ ghi | sổ lưu
            vấn đề nóng\ttụy thuỷ | tụy đoàn | tụy hội | tụy bàn | tụy xóm
            nhượng bộ\ttuy vậy | tuy thế | tuy rằng | tuy là | tuy có
            """);
    private static final ConceptCues CUES = new ConceptCues(THESAURUS.conceptsByPhrase(), Set.of("nhiên"));

    @Test
    void aWordFoundMostlyInOneConceptsPhrasesPointsToIt() {
        // No phrase matches "góp phí trễ", but "phí" occurs only in phrases about dues.
        assertThat(cues("Góp phí trễ mấy tháng")).containsOnlyKeys("đảng phí");
        assertThat(cues("Cuốn biên bản để lộn xộn")).containsKeys("biên bản");
        // Typed without accents: "phi" is the form of one known syllable only.
        assertThat(cues("gop phi tre")).containsOnlyKeys("đảng phí");
    }

    @Test
    void aWordOfSeveralConceptsOrOfAmbiguousFormPointsNowhere() {
        // "sổ" is in three phrases of each concept: it points to neither.
        assertThat(cues("Cuốn sổ bị mất")).isEmpty();
        // "tuy" typed without accents may be "tụy" or "tuy": it points to neither concept; "tụy" points to its own.
        assertThat(cues("tuy nhien con kho")).isEmpty();
        assertThat(cues("Tụy còn khó")).containsOnlyKeys("vấn đề nóng");
        // A number alone is no word: "70" is in five phrases, all about dues, yet points nowhere.
        assertThat(cues("70 70")).isEmpty();
    }

    @Test
    void aCardWordedAsNoPhraseForesawGetsTheConceptWeaker() {
        TextFeatures features = new TextFeatures(THESAURUS, new WordList(Set.of()));
        double cue = features.weights("Góp phí trễ").getOrDefault("c:đảng phí", 0.0);
        double phrase = features.weights("Nộp phí trễ").getOrDefault("c:đảng phí", 0.0);
        assertThat(cue).isPositive();
        assertThat(phrase).isGreaterThan(cue);
        assertThat(features.concepts(Syllables.of("Góp phí trễ"), false)).isEmpty();
    }

    private static java.util.Map<String, Double> cues(String text) {
        List<String> syllables = Syllables.of(text);
        return CUES.of(syllables);
    }
}
