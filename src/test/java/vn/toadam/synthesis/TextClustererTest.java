package vn.toadam.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextClustererTest {

    @Test
    void foldingMakesAccentsAndDStrokeIrrelevant() {
        assertThat(TextClusterer.syllables("Đường lối của Đảng")).containsExactly("duong", "loi", "dang");
        assertThat(TextClusterer.similarity("đường", "duong")).isGreaterThan(0.99);
        assertThat(TextClusterer.similarity("ĐẢNG VIÊN", "đảng viên")).isGreaterThan(0.99);
    }

    @Test
    void similarCardsGroupTogetherAndUnrelatedOnesApart() {
        List<String> texts = List.of(
                "Đảng viên đi làm ăn xa nên khó tham gia sinh hoạt",
                "Nhiều đảng viên đi làm xa, không dự sinh hoạt được",
                "Tài liệu sinh hoạt chuyên đề gửi muộn",
                "Đảng viên làm ăn xa khó tham dự họp chi bộ",
                "Tài liệu chuyên đề gửi quá muộn, không kịp nghiên cứu");
        List<List<Integer>> groups = TextClusterer.cluster(texts, TextClusterer.DEFAULT_THRESHOLD);
        assertThat(groups).containsExactly(List.of(0, 1, 3), List.of(2, 4));
        assertThat(TextClusterer.centralIndex(texts, groups.get(0))).isIn(0, 3);
    }

    @Test
    void aHigherThresholdSplitsMore() {
        List<String> texts = List.of("Họp chi bộ đúng giờ", "Họp chi bộ chưa đúng giờ", "Chuẩn bị nghị quyết kỹ");
        assertThat(TextClusterer.cluster(texts, 0.99)).hasSize(3);
        assertThat(TextClusterer.cluster(texts, 0.3)).hasSize(2);
    }
}
