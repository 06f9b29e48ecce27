package vn.toadam.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.toadam.base.InvalidInputException;
import vn.toadam.language.TextSimilarity;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;

/** A trainer's thesaurus entry makes texts that share no word alike, at once and until it is deleted. */
class ThesaurusServiceTest extends IntegrationTest {

    private static final String PARTY = "Chi bộ tổ chức liên hoan cuối năm";
    private static final String DINNER = "Tiệc tất niên tốn kém";

    @Autowired ThesaurusService thesaurus;
    @Autowired TextSimilarity similarity;
    @Autowired Fixtures fixtures;

    @Test
    void anEntryMakesTwoTextsWithoutSharedWordsAlike() {
        double before = similarity.similarity(PARTY, DINNER);
        long generation = similarity.generation();
        assertThat(before).isLessThan(0.1);

        var entry = fixtures.asTrainer(() -> thesaurus.add("tất niên", "liên hoan cuối năm | tiệc tất niên"));
        try {
            assertThat(similarity.generation()).as("feature caches see the change").isGreaterThan(generation);
            assertThat(similarity.similarity(PARTY, DINNER)).isGreaterThan(0.3);
            assertThat(fixtures.asTrainer(thesaurus::entries)).extracting(ThesaurusService.TrainerEntry::concept)
                    .contains("tất niên");
        } finally {
            fixtures.asTrainer(() -> {
                thesaurus.delete(entry.id());
                return null;
            });
        }
        assertThat(similarity.similarity(PARTY, DINNER)).isLessThan(0.1);
    }

    @Test
    void badEntriesAreRefusedNextToTheirField() {
        assertThatThrownBy(() -> fixtures.asTrainer(() -> thesaurus.add(" ", "a | b")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("concept"));
        assertThatThrownBy(() -> fixtures.asTrainer(() -> thesaurus.add("x", " | | ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("phrases"));
        assertThatThrownBy(() -> fixtures.asTrainer(() -> thesaurus.add("x",
                "a".repeat(ThesaurusService.PHRASE_MAX + 1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("thesaurus.phrase.too-long"));
        assertThatThrownBy(() -> fixtures.asTrainer(() -> thesaurus.add("x",
                java.util.stream.IntStream.rangeClosed(0, ThesaurusService.PHRASES_PER_ENTRY_MAX)
                        .mapToObj(i -> "từ " + i).collect(java.util.stream.Collectors.joining(" | ")))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("thesaurus.phrases.too-many"));
    }
}
