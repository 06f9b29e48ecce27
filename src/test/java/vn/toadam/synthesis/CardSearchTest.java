package vn.toadam.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CardSearchTest {

    @Test
    void accentsAndCaseAreOptionalButExactMatchesComeFirst() {
        List<String> cards = List.of("Đường giao thông xuống cấp", "Phát triển đảng viên", "duong lang hep",
                "Hội nghị chi bộ");
        assertThat(CardSearch.filter("duong", cards, Function.identity()))
                .containsExactly("duong lang hep", "Đường giao thông xuống cấp");
        assertThat(CardSearch.filter("đường", cards, Function.identity()))
                .containsExactly("Đường giao thông xuống cấp", "duong lang hep");
        assertThat(CardSearch.filter("ĐẢNG", cards, Function.identity())).containsExactly("Phát triển đảng viên");
        assertThat(CardSearch.filter("  ", cards, Function.identity())).hasSize(4);
        assertThat(CardSearch.rank("xyz", "Hội nghị")).isZero();
    }
}
