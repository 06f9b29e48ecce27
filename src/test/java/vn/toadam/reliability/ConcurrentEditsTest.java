package vn.toadam.reliability;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.toadam.base.ConflictException;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.support.CardActions;
import vn.toadam.support.Fixtures;
import vn.toadam.support.KaribuTest;
import vn.toadam.synthesis.RecommendationService;
import vn.toadam.synthesis.RecommendationView;
import vn.toadam.workshop.ui.ParticipantSessions;

/**
 * Two people (or two tabs) saving the same thing at the same moment: exactly one save wins, nothing is silently
 * overwritten, and the one who lost is told and still has what they typed. (Two tabs voting at once:
 * FacilitationAndVotingTest.)
 */
class ConcurrentEditsTest extends KaribuTest {

    private static final int SAVERS = 2;

    @Autowired Fixtures fixtures;
    @Autowired CardService cards;
    @Autowired RecommendationService recommendations;
    @Autowired ParticipantSessions sessions;

    @Test
    void twoModeratorsSavingOneRecommendationAtOnceNeverLoseAnUpdateSilently() throws Exception {
        Fixtures.Classroom room = fixtures.classroom();
        long w = room.workshop().id();
        CardSnapshot card = cards.post(room.an().id(), CardType.SOLUTION, "Gửi tài liệu trước", null, null);
        RecommendationView base = fixtures.asTrainer(() -> recommendations.create(w, "Đề xuất", null, List.of(card.id())));
        List<String> saved = race(i -> fixtures.asTrainer(() -> recommendations.update(base.with(base.title(),
                "Nội dung của người " + i, base.category(), base.priority(), base.status(), base.owner(), base.dueOn())))
                .body());
        assertThat(saved).hasSize(1);
        String stored = fixtures.asTrainer(() -> recommendations.list(w)).get(0).body();
        assertThat(stored).isEqualTo(saved.get(0));
    }

    @Test
    void twoTabsSavingOneCardAtOnceNeverLoseAnUpdateSilently() throws Exception {
        Fixtures.Classroom room = fixtures.classroom();
        CardSnapshot card = cards.post(room.an().id(), CardType.DIFFICULTY, "Bản đầu", null, null);
        List<String> saved = race(i -> cards.edit(room.an().id(), card.id(), card.version(), "Bản sửa ở tab " + i).text());
        assertThat(saved).hasSize(1);
        assertThat(cards.board(room.an().id()).stream().filter(c -> c.id() == card.id()).findFirst().orElseThrow()
                .text()).isEqualTo(saved.get(0));
    }

    @Test
    void theAuthorWhoLosesIsToldAndKeepsWhatTheyTyped() {
        Fixtures.Classroom room = fixtures.classroom();
        CardSnapshot card = cards.post(room.an().id(), CardType.DIFFICULTY, "Bản đầu", null, null);
        sessions.remember(room.an());
        UI.getCurrent().navigate("board/" + room.workshop().joinCode());
        CardActions.press(card.id(), "edit");
        _setValue(_get(TextArea.class, spec -> spec.withClasses("edit-text")), "Điều tôi đang gõ");

        cards.edit(room.an().id(), card.id(), card.version(), "Tab khác lưu trước"); // the other tab wins
        _click(_get(Button.class, spec -> spec.withClasses("edit-save")));

        assertThat(_get(TextArea.class, spec -> spec.withClasses("edit-text")).getValue()).isEqualTo("Điều tôi đang gõ");
        NotificationsKt.expectNotifications(vi("card.changed-meanwhile"));
    }

    private interface Save {
        String run(int saver) throws Exception;
    }

    /** Runs the savers at the same instant; returns what the ones that went through saved. */
    private static List<String> race(Save save) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SAVERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < SAVERS; i++) {
            int saver = i;
            Callable<String> task = () -> {
                go.await();
                try {
                    return save.run(saver);
                } catch (ConflictException lost) {
                    return null;
                }
            };
            results.add(pool.submit(task));
        }
        go.countDown();
        List<String> saved = new ArrayList<>();
        for (Future<String> f : results) {
            String s = f.get();
            if (s != null) {
                saved.add(s);
            }
        }
        pool.shutdown();
        return saved;
    }
}
