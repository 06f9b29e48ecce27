package vn.toadam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.toadam.board.CardService;
import vn.toadam.board.CardType;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;

class ThemeOverviewTest extends IntegrationTest {

    @Autowired
    ThemeOverview overview;
    @Autowired
    CardService cards;
    @Autowired
    Fixtures fixtures;

    @Test
    void themesAreCountedAcrossWorkshopsMostFrequentFirst() {
        Fixtures.Classroom k1 = fixtures.classroom();
        Fixtures.Classroom k2 = fixtures.classroom();
        cards.post(k1.an().id(), CardType.DIFFICULTY, "Đảng viên đi làm ăn xa khó tham gia sinh hoạt", null, "1");
        cards.post(k1.chi().id(), CardType.DIFFICULTY, "Nhiều đảng viên làm ăn xa không dự sinh hoạt", null, "2");
        cards.post(k2.an().id(), CardType.DIFFICULTY, "Đảng viên làm ăn xa, khó tham dự sinh hoạt", null, "3");
        cards.post(k2.binh().id(), CardType.DIFFICULTY, "Tài liệu chuyên đề gửi muộn", null, "4");
        cards.post(k2.binh().id(), CardType.SOLUTION, "Họp trực tuyến", null, "5");

        ThemeOverview.Overview result = fixtures.asTrainer(() -> overview.overview(
                List.of(k1.workshop().id(), k2.workshop().id()), CardType.DIFFICULTY, 0.25));

        assertThat(result.themes()).hasSize(2);
        ThemeOverview.Theme top = result.themes().get(0);
        assertThat(top.total()).isEqualTo(3);
        assertThat(top.label()).contains("làm ăn xa");
        assertThat(top.perWorkshop()).containsEntry(k1.workshop().id(), 2).containsEntry(k2.workshop().id(), 1);
        assertThat(result.themes().get(1).perWorkshop()).containsEntry(k1.workshop().id(), 0)
                .containsEntry(k2.workshop().id(), 1);
    }
}
