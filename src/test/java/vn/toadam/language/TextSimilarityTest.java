package vn.toadam.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    private final TextSimilarity similarity = TextSimilarity.builtIn();

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(Syllables.of("Đường lối của Đảng")).containsExactly("đường", "lối", "của", "đảng");
        assertThat(similarity.similarity("đường", "duong")).isGreaterThan(0.99);
        assertThat(similarity.similarity("ĐẢNG VIÊN", "đảng viên")).isGreaterThan(0.99);
    }

    @Test
    void bothWaysOfPlacingTheToneAreOneSpelling() {
        assertThat(Syllables.of("Hoà thuận, đoàn kết trong chi uỷ; thuỷ lợi; khoẻ; lí luận"))
                .containsExactly("hòa", "thuận", "đoàn", "kết", "trong", "chi", "ủy", "thủy", "lợi", "khỏe", "lý",
                        "luận");
        assertThat(Syllables.of("quý, quỳ, hoàng, tuỳ")).containsExactly("quý", "quỳ", "hoàng", "tùy");
    }

    @Test
    void aWordTypedWithoutAccentsInAnAccentedCardStillMeetsTheThesaurus() {
        assertThat(similarity.concepts("Đảng viên nop dang phi chậm")).contains("đảng phí");
    }

    @Test
    void thesaurusTiesDifferentWordsForTheSameIdea() {
        assertThat(similarity.concepts("Thu đảng phí còn chậm")).contains("đảng phí");
        assertThat(similarity.concepts("Nhiều đồng chí nộp phí muộn")).contains("đảng phí");
        assertThat(similarity.concepts("hat quoc ca truoc khi hop")).contains("nghi thức");
        assertThat(similarity.concepts("Chào cờ trang nghiêm")).contains("nghi thức");
        assertThat(similarity.concepts("Thư ký ghi chép sơ sài")).contains("biên bản");
        // A phrase still matches with a few words between its syllables.
        assertThat(similarity.concepts("Họp hành năm nào cũng y như vậy")).contains("nội dung/lặp lại");
        // Typed without accents, the folded thesaurus matches; with accents, "hợp" is not "họp".
        assertThat(similarity.concepts("chi uy hop truoc")).contains("chi ủy");

        Corpus corpus = similarity.corpus(List.of("Thu đảng phí còn chậm, nhiều người nợ",
                "Nhiều đồng chí nộp phí muộn", "Biên bản ghi sơ sài"));
        assertThat(corpus.similarity(0, 1)).isGreaterThan(corpus.similarity(0, 2)).isGreaterThan(0.2);
    }

    @Test
    void trainersEntriesExtendTheThesaurus() {
        Thesaurus t = Thesaurus.builtIn().with(List.of(new Thesaurus.Entry("đảng phí", "góp quỹ tháng")));
        TextSimilarity edited = new TextSimilarity(new TextFeatures(t, WordList.builtIn()));
        assertThat(similarity.concepts("Góp quỹ tháng chậm")).doesNotContain("đảng phí");
        assertThat(edited.concepts("Góp quỹ tháng chậm")).contains("đảng phí");
        long before = similarity.generation();
        similarity.useThesaurus(t);
        assertThat(similarity.generation()).isNotEqualTo(before);
    }

    @Test
    void wordsAreFoundByLongestMatch() {
        WordList words = new WordList(java.util.Set.of("sinh hoạt", "chi bộ", "sinh hoạt chi bộ", "đảng viên"));
        assertThat(words.segment(Syllables.of("Đảng viên sinh hoạt chi bộ đều"), false))
                .containsExactly("đảng viên", "sinh hoạt chi bộ", "đều");
        assertThat(words.segment(Syllables.of("dang vien sinh hoat"), true)).containsExactly("dang vien", "sinh hoat");
        assertThat(WordList.builtIn().size()).isGreaterThan(300);
        assertThat(similarity.words("Sinh hoạt chi bộ định kỳ")).contains("chi bộ");
    }

    @Test
    void similarCardsGroupTogetherAndUnrelatedOnesApart() {
        List<String> texts = List.of(
                "Đảng viên đi làm ăn xa nên khó tham gia sinh hoạt",
                "Nhiều đảng viên đi làm xa, không dự sinh hoạt được",
                "Tài liệu sinh hoạt chuyên đề gửi muộn",
                "Đảng viên làm ăn xa khó tham dự họp chi bộ",
                "Tài liệu chuyên đề gửi quá muộn, không kịp nghiên cứu");
        Corpus corpus = similarity.corpus(texts);
        List<List<Integer>> groups = ThemeClusterer.cluster(corpus, ThemeClusterer.DEFAULT_THRESHOLD);
        assertThat(groups).containsExactly(List.of(0, 1, 3), List.of(2, 4));
        assertThat(corpus.centralIndex(groups.get(0))).isIn(0, 1, 3);
    }

    @Test
    void aHigherThresholdSplitsMore() {
        Corpus corpus = similarity.corpus(List.of("Họp chi bộ đúng giờ", "Chi bộ họp chưa đúng giờ quy định",
                "Chuẩn bị nghị quyết kỹ"));
        assertThat(ThemeClusterer.cluster(corpus, 0.99)).hasSize(3);
        assertThat(ThemeClusterer.cluster(corpus, 0.3)).hasSize(2);
    }

    @Test
    void themesDoNotDependOnCardOrder() {
        List<String> texts = new ArrayList<>(List.of("Thu đảng phí chậm", "Nộp đảng phí muộn", "Biên bản sơ sài",
                "Thư ký ghi biên bản thiếu", "Đảng viên đi làm ăn xa", "Nhiều người làm ăn xa, vắng họp",
                "Chưa đóng phí mấy tháng", "Họp kéo dài quá"));
        List<List<String>> first = themes(texts);
        Collections.shuffle(texts, new Random(3));
        assertThat(themes(texts)).containsExactlyInAnyOrderElementsOf(first);
    }

    private List<List<String>> themes(List<String> texts) {
        return ThemeClusterer.cluster(similarity.corpus(texts), ThemeClusterer.DEFAULT_THRESHOLD).stream()
                .map(g -> g.stream().map(texts::get).sorted().toList()).toList();
    }

    @Test
    void moderatorsLinksOverrideSimilarity() {
        Corpus corpus = similarity.corpus(List.of("Thu đảng phí chậm", "Nộp đảng phí muộn", "Họp kéo dài quá"));
        ThemeClusterer.Options base = ThemeClusterer.Options.threshold(ThemeClusterer.DEFAULT_THRESHOLD);
        assertThat(ThemeClusterer.cluster(corpus, base)).containsExactly(List.of(0, 1), List.of(2));
        assertThat(ThemeClusterer.cluster(corpus, base.withLinks(List.of(), List.of(new ThemeClusterer.Pair(0, 1)))))
                .hasSize(3);
        assertThat(ThemeClusterer.cluster(corpus, base.withLinks(List.of(new ThemeClusterer.Pair(1, 2)), List.of())))
                .anySatisfy(g -> assertThat(g).contains(1, 2));
    }
}
