package vn.toadam.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.toadam.base.ConflictException;
import vn.toadam.base.InvalidInputException;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;

class RecommendationServiceTest extends IntegrationTest {

    @Autowired
    RecommendationService recommendations;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    VoteService votes;
    @Autowired
    CardService cards;
    @Autowired
    Fixtures fixtures;

    @Test
    void madeFromCardsOfSeveralGroupsEditedWithoutLostUpdatesAndOrderedByVotes() {
        Fixtures.Classroom room = fixtures.classroom();
        long w = room.workshop().id();
        CardSnapshot far = cards.post(room.an().id(), CardType.DIFFICULTY, "Đảng viên đi làm ăn xa", null, "1");
        CardSnapshot online = cards.post(room.chi().id(), CardType.SOLUTION, "Họp trực tuyến", null, "2");
        CardSnapshot late = cards.post(room.an().id(), CardType.DIFFICULTY, "Tài liệu gửi muộn", null, "3");

        RecommendationView first = fixtures.asTrainer(() -> recommendations.create(w, "Tài liệu gửi sớm",
                null, List.of(late.id())));
        RecommendationView second = fixtures.asTrainer(() -> recommendations.create(w, "Sinh hoạt trực tuyến",
                "Phần thảo luận", List.of(far.id(), online.id())));
        assertThat(second.sources()).extracting(RecommendationView.Source::groupName).containsExactly("Tổ 1", "Tổ 2");
        assertThatThrownBy(() -> fixtures.asTrainer(() -> recommendations.create(w, " ", null, List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessage("error.required");

        RecommendationView saved = fixtures.asTrainer(() -> recommendations.update(second.with("Sinh hoạt trực tuyến",
                "Chi bộ thôn tổ chức cho người ở xa", "Phần thảo luận", RecommendationView.Priority.HIGH,
                RecommendationView.Status.AGREED, "Chi ủy", LocalDate.of(2026, 12, 31))));
        assertThat(saved.status()).isEqualTo(RecommendationView.Status.AGREED);
        assertThatThrownBy(() -> fixtures.asTrainer(() -> recommendations.update(second.with("Bản cũ", null, null,
                RecommendationView.Priority.LOW, RecommendationView.Status.DRAFT, null, null))))
                .isInstanceOf(ConflictException.class).hasMessage("recommendation.changed-meanwhile");

        while (facilitation.view(w).phase() != Phase.VOTING) {
            fixtures.asTrainer(() -> facilitation.forward(w));
        }
        votes.cast(room.binh().id(), far.id());
        fixtures.asTrainer(() -> {
            recommendations.orderByVotes(w);
            return null;
        });
        List<RecommendationView> ordered = fixtures.asTrainer(() -> recommendations.list(w));
        assertThat(ordered).extracting(RecommendationView::title).containsExactly("Sinh hoạt trực tuyến",
                "Tài liệu gửi sớm");
        assertThat(ordered.get(0).votes()).isEqualTo(1);

        fixtures.asTrainer(() -> {
            recommendations.move(w, first.id(), -1);
            return null;
        });
        assertThat(fixtures.asTrainer(() -> recommendations.list(w))).extracting(RecommendationView::title)
                .containsExactly("Tài liệu gửi sớm", "Sinh hoạt trực tuyến");
        fixtures.asTrainer(() -> {
            recommendations.merge(w, first.id(), second.id());
            return null;
        });
        List<RecommendationView> merged = fixtures.asTrainer(() -> recommendations.list(w));
        assertThat(merged).singleElement().satisfies(r -> assertThat(r.sources())
                .extracting(RecommendationView.Source::cardId).containsExactlyInAnyOrder(far.id(), online.id(), late.id()));
        fixtures.asTrainer(() -> {
            recommendations.removeCard(w, second.id(), late.id());
            return null;
        });
        assertThat(fixtures.asTrainer(() -> recommendations.list(w)).get(0).sources()).hasSize(2);
        fixtures.asTrainer(() -> {
            recommendations.delete(w, second.id());
            return null;
        });
        assertThat(fixtures.asTrainer(() -> recommendations.list(w))).isEmpty();
    }
}
