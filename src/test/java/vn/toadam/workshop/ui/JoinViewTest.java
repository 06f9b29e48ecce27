package vn.toadam.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.board.ui.BoardView;
import vn.toadam.support.Fixtures;
import vn.toadam.support.KaribuTest;
import vn.toadam.workshop.JoinCodes;
import vn.toadam.workshop.Participant;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

class JoinViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    WorkshopSummary workshop;

    @BeforeEach
    void workshop() {
        workshop = fixtures.workshop("Thực hành sinh hoạt chi bộ thường kỳ");
    }

    private TextField code() {
        return _get(TextField.class, spec -> spec.withId("join-code-field"));
    }

    private TextField name() {
        return _get(TextField.class, spec -> spec.withId("join-name"));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<WorkshopSummary.GroupInfo> group() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("join-group"));
    }

    private void submit() {
        _click(_get(Button.class, spec -> spec.withId("join-submit")));
    }

    @Test
    void aDirectLinkShowsTheWorkshopAndItsGroupsAndJoiningOpensTheGroupBoard() {
        UI.getCurrent().navigate("join/" + workshop.joinCode());
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-workshop-title")).getText())
                .isEqualTo("Thực hành sinh hoạt chi bộ thường kỳ");
        assertThat(group().getListDataView().getItems().map(WorkshopSummary.GroupInfo::name))
                .containsExactly("Tổ 1", "Tổ 2", "Tổ 3");

        _setValue(name(), "Phạm Thị Dung");
        group().setValue(workshop.groups().get(1));
        submit();

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(BoardView.class);
        assertThat(jdbc.queryForObject("select count(*) from participant where display_name = 'Phạm Thị Dung' and group_id = ?",
                Integer.class, workshop.groups().get(1).id())).isEqualTo(1);
    }

    @Test
    void aWrongCodeGetsAClearMessageNextToTheField() {
        UI.getCurrent().navigate("join");
        _setValue(code(), "ZZZ999");
        assertThat(code().isInvalid()).isTrue();
        assertThat(code().getErrorMessage()).isEqualTo(vi("join.code.unknown"));
        assertThat(code().getValue()).isEqualTo("ZZZ999");
    }

    @Test
    void aClosedWorkshopIsRefused() {
        fixtures.close(workshop);
        UI.getCurrent().navigate("join/" + workshop.joinCode());
        assertThat(code().isInvalid()).isTrue();
        assertThat(code().getErrorMessage()).isEqualTo(vi("join.code.closed"));
    }

    @Test
    void anEmptyNameATooLongNameAndNoGroupAreRefusedAndTheTypedTextStays() {
        UI.getCurrent().navigate("join/" + workshop.joinCode());
        _setValue(name(), "   ");
        group().setValue(workshop.groups().get(0));
        submit();
        assertThat(name().isInvalid()).isTrue();
        assertThat(name().getErrorMessage()).isEqualTo(vi("error.required"));

        String tooLong = "Nguyễn".repeat(11);
        _setValue(name(), tooLong);
        submit();
        assertThat(name().getErrorMessage()).isEqualTo(vi("error.too-long", Participant.NAME_MAX));
        assertThat(name().getValue()).isEqualTo(tooLong);

        _setValue(name(), "Hoàng Văn Em");
        group().clear();
        submit();
        assertThat(group().isInvalid()).isTrue();
        assertThat(group().getErrorMessage()).isEqualTo(vi("join.group.required"));
        assertThat(jdbc.queryForObject("select count(*) from participant where workshop_id = ?", Integer.class,
                workshop.id())).isZero();
    }

    @Test
    void messagesAreInEnglishWhenEnglishIsChosen() {
        english();
        UI.getCurrent().navigate("join");
        _setValue(code(), "ZZZ999");
        assertThat(code().getErrorMessage()).isEqualTo("No workshop has this code. Check the code on the projector.");
        MockVaadin.clientRoundtrip();
    }

    @Test
    void aWrongCodeTypedAndConfirmedWithEnterCountsAsOneAttempt() {
        UI.getCurrent().navigate("join");
        for (int i = 0; i < WorkshopService.JOIN_FAILURES_PER_MINUTE; i++) {
            _setValue(code(), "ZZZ9" + JoinCodes.ALPHABET.charAt(i) + "Y"); // the looked-up code as it is typed
            submit(); // then Enter
            assertThat(code().getErrorMessage()).as("wrong code %d", i + 1).isEqualTo(vi("join.code.unknown"));
        }
        _setValue(code(), "ZZZ9YY");
        assertThat(code().getErrorMessage()).isEqualTo(vi("join.rate-limited"));
        assertThat(code().getValue()).isEqualTo("ZZZ9YY");
    }
}
