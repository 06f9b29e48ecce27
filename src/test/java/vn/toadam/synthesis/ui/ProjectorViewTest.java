package vn.toadam.synthesis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.base.NotFoundException;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.security.Role;
import vn.toadam.support.Fixtures;
import vn.toadam.support.KaribuTest;
import vn.toadam.synthesis.ModerationService;
import vn.toadam.synthesis.ProjectorService;

/**
 * The card the moderator puts on the projector is stored: a projector opened afterwards (a reload, a second window,
 * another node after a failover) shows it; a card deleted, hidden or taken off leaves every projector.
 */
class ProjectorViewTest extends KaribuTest {

    private static final String TEXT = "Đảng viên đi làm ăn xa không về họp được";
    private static final String EDITED = "Đảng viên đi làm ăn xa ít khi về họp chi bộ";

    @Autowired Fixtures fixtures;
    @Autowired CardService cards;
    @Autowired ProjectorService projector;
    @Autowired ModerationService moderation;
    @Autowired vn.toadam.synthesis.FacilitationService facilitation;
    @Autowired JdbcTemplate jdbc;

    Fixtures.Classroom room;
    CardSnapshot card;

    @BeforeEach
    void aDifficultyOnTheFirstGroupsBoard() {
        room = fixtures.classroom();
        card = cards.post(room.an().id(), CardType.DIFFICULTY, TEXT, null, "projected-" + System.nanoTime());
    }

    @Test
    void aProjectorOpenedAfterTheModeratorChoseACardShowsIt() {
        openModerator();
        _click(_get(row(), Button.class, spec -> spec.withClasses("card-project")));

        assertThat(stored()).containsExactly(card.id());
        until(() -> row().getClassNames().contains("projected-card"));
        assertThat(_find(row(), Button.class, spec -> spec.withClasses("card-stop-projecting"))).hasSize(1);

        openProjector();
        assertThat(stage()).contains(TEXT).contains(room.workshop().groups().get(0).name());
        assertThat(modes().getSelectedIndex()).as("the projector opens on the card").isEqualTo(1);
    }

    @Test
    void stoppingOnTheModeratorsScreenTakesTheCardOffTheOpenProjectorAndLaterOnes() {
        fixtures.asTrainer(() -> projector.project(room.workshop().id(), card.id()));
        openModerator();
        _click(_get(row(), Button.class, spec -> spec.withClasses("card-stop-projecting")));

        assertThat(stored()).isEmpty();
        until(() -> !_find(row(), Button.class, spec -> spec.withClasses("card-project")).isEmpty());
        assertThat(row().getClassNames()).doesNotContain("projected-card");
        openProjector();
        assertThat(modes().getSelectedIndex()).as("nothing to show: the projector opens on the counts").isZero();
        assertNothingOnCardTab(TEXT);
    }

    @Test
    void stoppingACardAnotherModeratorHasJustReplacedLeavesTheNewCardShown() {
        CardSnapshot newer = cards.post(room.chi().id(), CardType.SOLUTION, EDITED, null, "newer-" + System.nanoTime());
        fixtures.asTrainer(() -> projector.project(room.workshop().id(), card.id()));
        openModerator(); // this moderator's screen still shows the first card as projected
        fixtures.asTrainer(() -> projector.project(room.workshop().id(), newer.id()));

        fixtures.asTrainer(() -> {
            projector.stop(room.workshop().id(), card.id());
            return null;
        });

        assertThat(stored()).containsExactly(newer.id());
        openProjector();
        assertThat(stage()).contains(EDITED);
    }

    @Test
    void theOpenProjectorFollowsTheAuthorsEditAndDropsTheCardTheyDelete() {
        fixtures.asTrainer(() -> projector.project(room.workshop().id(), card.id()));
        openProjector();
        assertThat(stage()).contains(TEXT);

        cards.edit(room.an().id(), card.id(), card.version(), EDITED);
        until(() -> stage().contains(EDITED));
        assertThat(stage()).contains(EDITED);

        cards.delete(room.an().id(), card.id());
        until(() -> !stage().contains(EDITED));
        assertThat(stage()).doesNotContain(EDITED).contains(vi("projector.card.none"));
        assertThat(stored()).isEmpty();
        openProjector();
        assertNothingOnCardTab(EDITED);
    }

    @Test
    void aCardAModeratorHidesLeavesTheProjectorAndCannotBeShown() {
        fixtures.asTrainer(() -> projector.project(room.workshop().id(), card.id()));
        openProjector();
        assertThat(stage()).contains(TEXT);

        fixtures.asTrainer(() -> moderation.hideCard(room.workshop().id(), card.id(), "Trùng ý"));
        until(() -> !stage().contains(TEXT));
        assertThat(stage()).doesNotContain(TEXT).contains(vi("projector.card.none"));
        assertThat(stored()).isEmpty();
        assertThatThrownBy(() -> fixtures.asTrainer(() -> projector.project(room.workshop().id(), card.id())))
                .isInstanceOf(NotFoundException.class);
        openProjector();
        assertNothingOnCardTab(TEXT);
    }

    @Test
    void aProjectorOpenedLaterShowsThePhaseAndTheCountdownAlreadyStored() {
        var state = fixtures.asTrainer(() -> {
            facilitation.forward(room.workshop().id());
            return facilitation.startTimer(room.workshop().id(), 7);
        });

        openProjector();
        var phase = _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("projector-phase"));
        assertThat(phase.getElement().getAttribute("data-phase")).isEqualTo("DISCUSSION");
        assertThat(phase.getText()).isEqualTo(vi("phase.DISCUSSION"));
        assertThat(_get(CountdownClock.class).getElement().getAttribute("data-ends-at"))
                .isEqualTo(state.timerEndsAt().toString());
    }

    private void openModerator() {
        openAs("trainer", Role.TRAINER, "moderate/" + room.workshop().id());
    }

    private void openProjector() {
        openAs("trainer", Role.TRAINER, "projector/" + room.workshop().id());
    }

    /** What the room reads on a fresh projector's card tab. */
    private static void assertNothingOnCardTab(String text) {
        modes().setSelectedIndex(1);
        assertThat(stage()).doesNotContain(text).contains(vi("projector.card.none"));
    }

    private static Tabs modes() {
        return _get(Tabs.class, spec -> spec.withId("projector-modes"));
    }

    private Div row() {
        return _get(Div.class, spec -> spec.withClasses("moderator-card")
                .withAttribute("data-card", Long.toString(card.id())));
    }

    private static String stage() {
        return _get(Div.class, spec -> spec.withId("projector-stage")).getElement().getTextRecursively();
    }

    private List<Long> stored() {
        return jdbc.queryForList("select card_id from projected_card where workshop_id = ?", Long.class,
                room.workshop().id());
    }
}
