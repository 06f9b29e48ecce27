package vn.toadam.synthesis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.security.Role;
import vn.toadam.support.DatabaseStatements;
import vn.toadam.support.Fixtures;
import vn.toadam.support.KaribuTest;
import vn.toadam.synthesis.ModerationService;
import vn.toadam.workshop.Requester;
import vn.toadam.workshop.WorkshopService;

/**
 * The moderator's screen follows the room card by card: an event replaces only its own card's row and reads
 * nothing from the database (counted with H2's own statistics of every statement the database ran).
 */
class ModeratorViewLiveTest extends KaribuTest {

    @Autowired Fixtures fixtures;
    @Autowired CardService cards;
    @Autowired WorkshopService workshops;
    @Autowired ModerationService moderation;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcTemplate jdbc;

    Fixtures.Classroom room;
    long an;
    long binh;
    long chi;
    CardSnapshot anCard;
    CardSnapshot binhCard;
    CardSnapshot chiCard;
    DatabaseStatements statements;

    @BeforeEach
    void openWithThreeCards() {
        room = fixtures.classroom();
        an = learner(0, "Phạm Thị Hoa");
        binh = learner(0, "Hoàng Văn Bảo");
        chi = learner(1, "Vũ Thị Cúc");
        anCard = cards.post(an, CardType.DIFFICULTY, "Thu đảng phí chậm", null, "a1");
        binhCard = cards.post(binh, CardType.ADVANTAGE, "Chi bộ đoàn kết", null, "b1");
        chiCard = cards.post(chi, CardType.SOLUTION, "Nhắc nộp phí đầu tháng", null, "c1");
        openAsTrainer();
        statements = DatabaseStatements.count(jdbc);
    }

    @AfterEach
    void stopCounting() {
        if (statements != null) {
            statements.close();
        }
    }

    @Test
    void aNewCardAndAPlusOneChangeOnlyTheirOwnRowsWithoutAQuery() {
        Map<String, Component> before = cardRows();
        long start = statements.run();
        long dung = learner(0, "Đỗ Văn Dũng");
        cards.post(dung, CardType.EXPERIENCE, "Họp đúng giờ", null, "d1");
        cards.toggleReaction(an, binhCard.id());
        cards.edit(chi, chiCard.id(), chiCard.version(), "Nhắc nộp phí đầu mỗi tháng");

        long queries = statements.run();
        assertThat(queries - start).as("the count sees the posts' own statements").isPositive();
        MockVaadin.clientRoundtrip();
        assertThat(statements.run() - queries).as("statements the moderator's screen ran for three card events")
                .isZero();

        Map<String, Component> after = cardRows();
        assertThat(after.get(key(anCard))).as("an untouched card keeps its row").isSameAs(before.get(key(anCard)));
        assertThat(after.get(key(binhCard))).isNotSameAs(before.get(key(binhCard)));
        assertThat(text(after.get(key(binhCard)))).contains("+1: 1");
        assertThat(text(after.get(key(chiCard)))).contains("Nhắc nộp phí đầu mỗi tháng");
        assertThat(columnTexts("group-1")).containsExactly("Thu đảng phí chậm", "Chi bộ đoàn kết", "Họp đúng giờ");
        assertThat(participants()).as("the new author listed in name order, as a reload lists them")
                .isEqualTo(rosterFromDatabase());
    }

    @Test
    void anotherModeratorsActsArriveInTheLogWithoutAQuery() {
        fixtures.asTrainer(() -> moderation.hideCard(room.workshop().id(), anCard.id(), "Lạc đề"));
        fixtures.asTrainer(() -> {
            moderation.removeParticipant(room.workshop().id(), chi, "Rời lớp");
            return null;
        });

        long queries = statements.run();
        MockVaadin.clientRoundtrip();
        assertThat(statements.run() - queries).isZero();

        Component hidden = cardRows().get(key(anCard));
        assertThat(hidden.getElement().getClassList()).contains("hidden-card");
        List<String> log = _get(UnorderedList.class, spec -> spec.withId("audit")).getChildren()
                .map(c -> c.getElement().getTextRecursively()).toList();
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).contains("Rời lớp");
        assertThat(log.get(1)).contains("Lạc đề");
        assertThat(participants()).anyMatch(p -> p.startsWith("Vũ Thị Cúc") && p.contains(vi("moderate.removed")));
        assertThat(participants()).isEqualTo(rosterFromDatabase());
    }

    private long learner(int group, String name) {
        String browser = "moderator-live-" + System.nanoTime();
        return workshops.join(room.workshop().joinCode(), name, room.workshop().groups().get(group).id(),
                new Requester(browser, browser)).id();
    }

    private void openAsTrainer() {
        var auth = UsernamePasswordAuthenticationToken.authenticated("trainer", null,
                List.of(new SimpleGrantedAuthority(Role.TRAINER.authority())));
        security.getContext().setAuthentication(auth);
        SecurityContextHolder.getContext().setAuthentication(auth);
        var request = (com.github.mvysny.fakeservlet.FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, r) -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + r)));
        UI.getCurrent().navigate("moderate/" + room.workshop().id());
    }

    private static Map<String, Component> cardRows() {
        return _find(Div.class, spec -> spec.withClasses("moderator-card")).stream()
                .collect(Collectors.toMap(d -> d.getElement().getAttribute("data-card"), Function.identity()));
    }

    private static String key(CardSnapshot card) {
        return Long.toString(card.id());
    }

    private static String text(Component row) {
        return row.getElement().getTextRecursively();
    }

    private static List<String> columnTexts(String columnId) {
        Div column = _get(Div.class, spec -> spec.withId(columnId));
        return _find(column, com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("card-text"))
                .stream().map(p -> p.getText()).toList();
    }

    private static List<String> participants() {
        return _get(UnorderedList.class, spec -> spec.withId("participants")).getChildren()
                .map(c -> ((ListItem) c).getElement().getTextRecursively()).toList();
    }

    /** The list as a freshly opened screen shows it. */
    private List<String> rosterFromDatabase() {
        tearDownVaadin();
        setUpVaadin();
        openAsTrainer();
        return participants();
    }
}
