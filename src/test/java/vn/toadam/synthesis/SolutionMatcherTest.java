package vn.toadam.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.base.InvalidInputException;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.security.ModeratorScope;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;
import vn.toadam.workshop.ParticipantInfo;

/** Difficulty → solution across groups, the moderator's links, drafted recommendations and earlier classes'. */
class SolutionMatcherTest extends IntegrationTest {

    @Autowired SolutionMatcher matcher;
    @Autowired RecommendationDrafter drafter;
    @Autowired EarlierRecommendations earlier;
    @Autowired RecommendationService recommendations;
    @Autowired CardService cards;
    @Autowired Fixtures fixtures;
    @Autowired SecurityContextHolderStrategy security;

    record Room(Fixtures.Classroom room, CardSnapshot far, CardSnapshot video, CardSnapshot dues,
                CardSnapshot farToo) {
        long w() {
            return room.workshop().id();
        }
    }

    private Room room() {
        Fixtures.Classroom room = fixtures.classroom();
        ParticipantInfo dung = fixtures.join(room.workshop(), 2, "Phạm Văn Dũng");
        CardSnapshot far = cards.post(room.an().id(), CardType.DIFFICULTY,
                "Nhiều đảng viên đi làm ăn xa nên vắng sinh hoạt chi bộ", null, "d1");
        CardSnapshot farToo = cards.post(room.chi().id(), CardType.DIFFICULTY,
                "Đảng viên làm ăn xa nhà, không về dự sinh hoạt được", null, "d2");
        CardSnapshot video = cards.post(dung.id(), CardType.SOLUTION,
                "Cho đảng viên đi làm ăn xa dự sinh hoạt qua gọi video Zalo", null, "s1");
        CardSnapshot dues = cards.post(room.chi().id(), CardType.SOLUTION,
                "Thu đảng phí ngay đầu buổi họp, công khai danh sách", null, "s2");
        return new Room(room, far, video, dues, farToo);
    }

    @Test
    void aDraftKeepsTheCapitalOfANameThatOpensTheDifficulty() {
        assertThat(RecommendationDrafter.sentence("UBND xã chậm trả lời kiến nghị.", false))
                .isEqualTo("UBND xã chậm trả lời kiến nghị");
        assertThat(RecommendationDrafter.sentence("Hà Nội mưa nên ít người dự", false))
                .isEqualTo("Hà Nội mưa nên ít người dự");
        assertThat(RecommendationDrafter.sentence("Zalo chi bộ ít người đọc", false)).isEqualTo("Zalo chi bộ ít người đọc");
        assertThat(RecommendationDrafter.sentence("Đảng ủy xã ít về dự", false)).isEqualTo("Đảng ủy xã ít về dự");
        assertThat(RecommendationDrafter.sentence("Đảng viên ít phát biểu", false)).isEqualTo("đảng viên ít phát biểu");
        assertThat(RecommendationDrafter.sentence("Họp chi bộ kéo dài.", false)).isEqualTo("họp chi bộ kéo dài");
        assertThat(RecommendationDrafter.sentence("họp chi bộ kéo dài", true)).isEqualTo("Họp chi bộ kéo dài");
    }

    @Test
    void aLinkShowsTheNameOfWhoMadeItNotTheirUsername() {
        assertThat(AnswerLinks.displayName("giangvien", "Nguyễn Thị Giảng")).isEqualTo("Nguyễn Thị Giảng");
        assertThat(AnswerLinks.displayName("participant-12 (Lê Thị Lan)", null)).isEqualTo("Lê Thị Lan");
        assertThat(AnswerLinks.displayName("trainer", null)).isEqualTo("trainer");
    }

    @Test
    void aDifficultyOfOneGroupIsAnsweredBySolutionsOfAnotherAndTheModeratorLinksThem() {
        Room r = room();
        List<SolutionMatcher.Match> found = fixtures.asTrainer(() -> matcher.matches(r.w(), r.far().id()));
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).cardId()).isEqualTo(r.video().id());
        assertThat(found.get(0).groupName()).isEqualTo("Tổ 3");
        assertThat(found.get(0).linked()).isFalse();
        assertThat(found).extracting(SolutionMatcher.Match::cardId).doesNotContain(r.dues().id());

        fixtures.asTrainer(() -> {
            matcher.link(r.w(), r.far().id(), r.dues().id());
            return null;
        });
        List<SolutionMatcher.Match> linked = fixtures.asTrainer(() -> matcher.matches(r.w(), r.far().id()));
        assertThat(linked.get(0).cardId()).as("a linked card comes first, however unlike").isEqualTo(r.dues().id());
        assertThat(linked.get(0).linked()).isTrue();
        assertThat(linked.get(0).linkedBy()).isEqualTo("trainer");

        assertThatThrownBy(() -> fixtures.asTrainer(() -> {
            matcher.link(r.w(), r.far().id(), r.farToo().id());
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessage("card.link.not-solution");
        assertThatThrownBy(() -> fixtures.asTrainer(() -> {
            matcher.link(r.w(), r.video().id(), r.dues().id());
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessage("card.link.not-difficulty");

        fixtures.asTrainer(() -> {
            matcher.unlink(r.w(), r.far().id(), r.dues().id());
            return null;
        });
        assertThat(fixtures.asTrainer(() -> matcher.matches(r.w(), r.far().id())))
                .extracting(SolutionMatcher.Match::cardId).doesNotContain(r.dues().id());
    }

    @Test
    void alikeDifficultiesOfTwoGroupsFormOneThemeWithItsAnswers() {
        Room r = room();
        List<SolutionMatcher.DifficultyTheme> themes = fixtures.asTrainer(() -> matcher.themes(r.w()));
        SolutionMatcher.DifficultyTheme far = themes.stream()
                .filter(t -> t.cardIds().contains(r.far().id())).findFirst().orElseThrow();
        assertThat(far.cardIds()).containsExactlyInAnyOrder(r.far().id(), r.farToo().id());
        assertThat(far.answers()).extracting(SolutionMatcher.Match::cardId).contains(r.video().id());
    }

    @Test
    void aDraftNamesTheProblemProposesTheAnswersAndCitesEveryCardUsed() {
        Room r = room();
        RecommendationView draft = fixtures.asTrainer(() -> drafter.draft(r.w(), List.of(r.far().id(),
                r.farToo().id()), Locale.forLanguageTag("vi")));
        assertThat(draft.title()).startsWith("Khắc phục tình trạng ");
        assertThat(draft.body()).contains("Thực trạng: ", "Đề nghị các chi bộ:",
                "Cho đảng viên đi làm ăn xa dự sinh hoạt qua gọi video Zalo (Tổ 3 · Giải pháp)");
        assertThat(draft.body()).doesNotContain("Thu đảng phí");
        assertThat(draft.sources()).extracting(RecommendationView.Source::cardId)
                .containsExactlyInAnyOrder(r.far().id(), r.farToo().id(), r.video().id());
        assertThat(draft.status()).isEqualTo(RecommendationView.Status.DRAFT);
        assertThat(fixtures.asTrainer(() -> recommendations.list(r.w()))).extracting(RecommendationView::id)
                .contains(draft.id());

        RecommendationView english = fixtures.asTrainer(() -> drafter.draft(r.w(), List.of(r.far().id()),
                Locale.ENGLISH));
        assertThat(english.title()).startsWith("Address the problem: ");
        assertThat(english.body()).contains("We recommend that party cells:", "Tổ 3");

        assertThatThrownBy(() -> fixtures.asTrainer(() -> drafter.draft(r.w(), List.of(r.video().id()),
                Locale.ENGLISH))).isInstanceOf(InvalidInputException.class).hasMessage("draft.no-difficulty");
    }

    @Test
    void agreedRecommendationsOfClosedEarlierClassesAreOfferedAndReused() {
        Fixtures.Classroom before = fixtures.classroom();
        long b = before.workshop().id();
        CardSnapshot card = cards.post(before.an().id(), CardType.DIFFICULTY, "Đảng viên đi làm ăn xa", null, "x");
        fixtures.asTrainer(() -> {
            RecommendationView agreed = recommendations.create(b,
                    "Tổ chức cho đảng viên đi làm ăn xa dự sinh hoạt trực tuyến", null, List.of(card.id()));
            recommendations.update(agreed.with(agreed.title(), "Chi bộ lập nhóm Zalo, họp trực tuyến hằng tháng",
                    null, agreed.priority(), RecommendationView.Status.AGREED, null, null));
            RecommendationView draft = recommendations.create(b, "Đảng viên đi làm ăn xa, bản nháp chưa thống nhất",
                    null, List.of(card.id()));
            return draft;
        });
        Room r = room();
        String theme = r.far().text() + " " + r.farToo().text();
        assertThat(fixtures.asTrainer(() -> earlier.like(r.w(), List.of(theme))).get(0))
                .as("an open workshop's recommendations are not yet memory").isEmpty();

        fixtures.close(before.workshop());
        List<EarlierRecommendations.Earlier> found = fixtures.asTrainer(() -> earlier.like(r.w(), List.of(theme)))
                .get(0);
        assertThat(found).extracting(EarlierRecommendations.Earlier::title)
                .containsExactly("Tổ chức cho đảng viên đi làm ăn xa dự sinh hoạt trực tuyến");
        assertThat(EarlierRecommendations.label(found.get(0))).isEqualTo("Lớp bồi dưỡng bí thư chi bộ (25/11/2026)");

        RecommendationView reused = fixtures.asTrainer(() -> earlier.reuse(r.w(), found.get(0).id(),
                List.of(r.far().id()), Locale.forLanguageTag("vi")));
        assertThat(reused.workshopId()).isEqualTo(r.w());
        assertThat(reused.title()).isEqualTo("Tổ chức cho đảng viên đi làm ăn xa dự sinh hoạt trực tuyến");
        assertThat(reused.body()).contains("Chi bộ lập nhóm Zalo", "Lớp bồi dưỡng bí thư chi bộ (25/11/2026)");
        assertThat(reused.status()).isEqualTo(RecommendationView.Status.DRAFT);
        assertThat(reused.sources()).extracting(RecommendationView.Source::cardId).containsExactly(r.far().id());

        var previous = security.getContext().getAuthentication();
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "participant-" + r.room().an().id(), null, ModeratorScope.promotedLearner(r.w())));
        try {
            assertThat(earlier.like(r.w(), List.of(theme)).get(0))
                    .as("a promoted learner does not see other classes' outcomes").isEmpty();
        } finally {
            security.getContext().setAuthentication(previous);
        }
        assertThat(LocalDate.of(2026, 11, 25)).isEqualTo(before.workshop().heldOn());
    }
}
