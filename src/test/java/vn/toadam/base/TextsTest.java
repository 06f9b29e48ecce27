package vn.toadam.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void foldingRemovesEveryAccentAndMapsDToD() {
        assertThat(Texts.fold("Đường Lối của Đảng")).isEqualTo("duong loi cua dang");
        assertThat(Texts.stripAccents("Nguyễn Thị Hoà")).isEqualTo("Nguyen Thi Hoa");
        // decomposed input (a combining mark after its letter) folds the same as composed
        assertThat(Texts.fold("hoa\u0300 thua\u0323n")).isEqualTo("hoa thuan");
        assertThat(Texts.fold("ko di hop")).isEqualTo("ko di hop");
        assertThat(Texts.stripAccents(null)).isEmpty();
    }
}
