package vn.toadam.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.toadam.support.CardActions.press;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.board.Card;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.board.ChatService;
import vn.toadam.board.Reply;
import vn.toadam.support.Fixtures;
import vn.toadam.support.KaribuTest;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopSummary;
import vn.toadam.workshop.ui.ParticipantSessions;

class BoardViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CardService cards;
    @Autowired
    ParticipantSessions sessions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChatService chat;

    WorkshopSummary workshop;
    ParticipantInfo an;
    ParticipantInfo binh;
    ParticipantInfo chi;

    @BeforeEach
    void openBoardAsAn() {
        Fixtures.Classroom room = fixtures.classroom();
        workshop = room.workshop();
        an = room.an();
        binh = room.binh();
        chi = room.chi();
        sessions.remember(an);
        UI.getCurrent().navigate("board/" + workshop.joinCode());
    }

    private TextArea composerText() {
        return _get(TextArea.class, spec -> spec.withId("composer-text"));
    }

    private void post(CardType type, String text) {
        @SuppressWarnings("unchecked")
        Select<CardType> select = _get(Select.class, spec -> spec.withId("composer-type"));
        select.setValue(type);
        _setValue(composerText(), text);
        _click(_get(Button.class, spec -> spec.withId("composer-post")));
    }

    private List<String> texts(CardType column) {
        Component col = _get(Component.class, spec -> spec.withId("column-" + column.name()));
        return _find(col, CardView.class).stream().map(c -> json(c).path("text").asText()).toList();
    }

    /** What the card's browser element is sent to draw. */
    private static JsonNode json(Component card) {
        return (JsonNode) card.getElement().getPropertyRaw("card");
    }

    private static CardView card(long id) {
        return _find(CardView.class).stream().filter(c -> c.card().id() == id).findFirst().orElseThrow();
    }

    private static List<String> can(Component card) {
        List<String> actions = new java.util.ArrayList<>();
        json(card).path("can").forEach(a -> actions.add(a.asText()));
        return actions;
    }

    private String count(CardType column) {
        return _get(Span.class, spec -> spec.withId("count-" + column.name())).getText();
    }

    @Test
    void withoutJoiningTheBoardSendsToTheJoinPage() {
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new com.github.mvysny.kaributesting.v10.spring.MockSpringServlet(
                new com.github.mvysny.kaributesting.v10.Routes().autoDiscoverViews("vn.toadam"), context, UI::new));
        UI.getCurrent().navigate("board/" + workshop.joinCode());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("join/" + workshop.joinCode());
    }

    @Test
    void aPostedCardAppearsInItsColumnWithTheCountAndIsStored() {
        assertThat(_get(Span.class, spec -> spec.withId("board-group")).getText()).isEqualTo("Tổ 1");
        post(CardType.DIFFICULTY, "Nội dung sinh hoạt còn đơn điệu");
        assertThat(texts(CardType.DIFFICULTY)).containsExactly("Nội dung sinh hoạt còn đơn điệu");
        assertThat(count(CardType.DIFFICULTY)).isEqualTo("1");
        assertThat(count(CardType.ADVANTAGE)).isEqualTo("0");
        assertThat(composerText().getValue()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from card where author_id = ? and card_type = 'DIFFICULTY'",
                Integer.class, an.id())).isEqualTo(1);
    }

    @Test
    void emptyAndTooLongTextAreRefusedNextToTheFieldAndKept() {
        post(CardType.ADVANTAGE, "  \n ");
        assertThat(composerText().isInvalid()).isTrue();
        assertThat(composerText().getErrorMessage()).isEqualTo(vi("error.required"));

        String tooLong = "ă".repeat(Card.TEXT_MAX + 1);
        post(CardType.ADVANTAGE, tooLong);
        assertThat(composerText().getErrorMessage()).isEqualTo(vi("error.too-long", Card.TEXT_MAX));
        assertThat(composerText().getValue()).isEqualTo(tooLong);
        assertThat(texts(CardType.ADVANTAGE)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from card where author_id = ?", Integer.class, an.id())).isZero();
    }

    @Test
    void postingTooFastIsRefusedNextToTheTextWhichIsKept() {
        for (int i = 0; i < CardService.POSTS_PER_MINUTE; i++) {
            post(CardType.EXPERIENCE, "Kinh nghiệm số " + i);
        }
        post(CardType.EXPERIENCE, "Thêm một kinh nghiệm nữa");
        assertThat(composerText().isInvalid()).isTrue();
        assertThat(composerText().getErrorMessage()).isEqualTo(vi("card.rate-limited", CardService.POSTS_PER_MINUTE));
        assertThat(composerText().getValue()).isEqualTo("Thêm một kinh nghiệm nữa");
        assertThat(texts(CardType.EXPERIENCE)).hasSize(CardService.POSTS_PER_MINUTE);
    }

    /** An's composer whose first send is stored but whose answer never reaches the screen (a dropped connection). */
    private CardComposer composerThatLosesTheFirstAnswer() {
        boolean[] answerLost = {true};
        CardComposer composer = new CardComposer((type, text, answers, step, key) -> {
            CardSnapshot stored = cards.post(an.id(), type, text, answers, step, key);
            if (answerLost[0]) {
                answerLost[0] = false;
                throw new java.io.UncheckedIOException(new java.io.IOException("connection lost"));
            }
            return stored;
        }, List::of, List.of());
        UI.getCurrent().add(composer);
        return composer;
    }

    @Test
    void aDraftSubmittedAgainAfterItsAnswerWasLostIsStoredOnce() {
        CardComposer composer = composerThatLosesTheFirstAnswer();
        TextArea text = _get(composer, TextArea.class, spec -> spec.withId("composer-text"));
        Button postButton = _get(composer, Button.class, spec -> spec.withId("composer-post"));
        _setValue(text, "Chi ủy họp thống nhất nội dung trước");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> _click(postButton))
                .hasRootCauseInstanceOf(java.io.IOException.class);
        assertThat(text.getValue()).isEqualTo("Chi ủy họp thống nhất nội dung trước");
        _click(postButton); // the same draft again, so with the same key

        assertThat(jdbc.queryForList("select text from card where author_id = ?", String.class, an.id()))
                .containsExactly("Chi ủy họp thống nhất nội dung trước");
        assertThat(text.getValue()).isEmpty();
    }

    @Test
    void aDraftChangedAfterAFailedSendIsStoredAsTyped() {
        CardComposer composer = composerThatLosesTheFirstAnswer();
        TextArea text = _get(composer, TextArea.class, spec -> spec.withId("composer-text"));
        Button postButton = _get(composer, Button.class, spec -> spec.withId("composer-post"));
        _setValue(text, "Họp chi ủy trước");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> _click(postButton))
                .hasRootCauseInstanceOf(java.io.IOException.class);
        _setValue(text, "Họp chi ủy trước ba ngày để thống nhất nội dung");
        _click(postButton); // another draft: a new card, not the answer to the first send

        assertThat(jdbc.queryForList("select text from card where author_id = ? order by id", String.class, an.id()))
                .containsExactly("Họp chi ủy trước", "Họp chi ủy trước ba ngày để thống nhất nội dung");
    }

    @Test
    void cardsOfTheSameGroupArriveLiveAndOtherGroupsDoNot() {
        cards.post(binh.id(), CardType.EXPERIENCE, "Gửi tài liệu trước ba ngày", null, "b1");
        cards.post(chi.id(), CardType.EXPERIENCE, "Ý kiến của tổ 2", null, "c1");
        MockVaadin.clientRoundtrip();
        assertThat(texts(CardType.EXPERIENCE)).containsExactly("Gửi tài liệu trước ba ngày");
    }

    @Test
    void authorsEditAndDeleteTheirOwnCardsAndPlusOneOthers() {
        post(CardType.ADVANTAGE, "Đảng viên đông đủ");
        CardSnapshot binhs = cards.post(binh.id(), CardType.ADVANTAGE, "Có nghị quyết rõ ràng", null, "b2");
        MockVaadin.clientRoundtrip();

        CardView binhCard = card(binhs.id());
        assertThat(can(binhCard)).containsExactly("react", "reply");
        press(binhs.id(), "react");
        assertThat(json(binhCard).path("reactions").asInt()).isEqualTo(1);
        assertThat(json(binhCard).path("reacted").asBoolean()).isTrue();
        assertThat(json(binhCard).path("labels").path("react").asText()).isEqualTo(vi("card.react.label", 1));
        assertThat(jdbc.queryForObject("select count(*) from reaction where card_id = ? and participant_id = ?",
                Integer.class, binhs.id(), an.id())).isEqualTo(1);
        press(binhs.id(), "edit"); // not An's: no form, whatever the browser sends
        assertThat(_find(binhCard, TextArea.class)).isEmpty();

        long mine = jdbc.queryForObject("select id from card where author_id = ?", Long.class, an.id());
        CardView myCard = card(mine);
        assertThat(can(myCard)).containsExactly("reply", "edit", "delete");
        press(mine, "edit");
        assertThat(myCard.getElement().hasAttribute("editing")).isTrue();
        TextArea edit = _get(myCard, TextArea.class, spec -> spec.withClasses("edit-text"));
        _setValue(edit, "");
        _click(_get(myCard, Button.class, spec -> spec.withClasses("edit-save")));
        assertThat(edit.getErrorMessage()).isEqualTo(vi("error.required"));
        _setValue(edit, "Đảng viên đông đủ, đúng giờ");
        _click(_get(myCard, Button.class, spec -> spec.withClasses("edit-save")));
        assertThat(texts(CardType.ADVANTAGE)).contains("Đảng viên đông đủ, đúng giờ");
        assertThat(myCard.getElement().hasAttribute("editing")).isFalse();
        assertThat(_find(myCard, TextArea.class)).isEmpty();

        cards.delete(an.id(), mine);
        MockVaadin.clientRoundtrip();
        assertThat(texts(CardType.ADVANTAGE)).containsExactly("Có nghị quyết rõ ràng");
        assertThat(count(CardType.ADVANTAGE)).isEqualTo("1");
    }

    @Test
    void repliesAreValidatedAndShown() {
        CardSnapshot binhs = cards.post(binh.id(), CardType.DIFFICULTY, "Ít người phát biểu", null, "b3");
        MockVaadin.clientRoundtrip();
        CardView card = card(binhs.id());
        press(binhs.id(), "reply");
        TextField reply = _get(card, TextField.class, spec -> spec.withClasses("reply-field"));
        _setValue(reply, "x".repeat(Reply.TEXT_MAX + 1));
        _click(_get(card, Button.class, spec -> spec.withClasses("reply-send")));
        assertThat(reply.getErrorMessage()).isEqualTo(vi("error.too-long", Reply.TEXT_MAX));
        assertThat(reply.getValue()).hasSize(Reply.TEXT_MAX + 1);
        _setValue(reply, "Nên gợi ý câu hỏi trước");
        _click(_get(card, Button.class, spec -> spec.withClasses("reply-send")));
        assertThat(json(card).path("replies").get(0).path("text").asText()).isEqualTo("Nên gợi ý câu hỏi trước");
        assertThat(json(card).path("replies").get(0).path("author").asText()).isEqualTo(an.displayName());
        assertThat(_find(card, TextField.class)).isEmpty();
    }

    @Test
    void aSolutionCanAnswerADifficultyOfTheGroup() {
        CardSnapshot difficulty = cards.post(binh.id(), CardType.DIFFICULTY, "Thiếu tài liệu", null, "b4");
        MockVaadin.clientRoundtrip();
        @SuppressWarnings("unchecked")
        Select<CardType> select = _get(Select.class, spec -> spec.withId("composer-type"));
        select.setValue(CardType.SOLUTION);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<CardSnapshot> answers =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withClasses("answers-picker"));
        answers.setValue(answers.getListDataView().getItems().filter(c -> c.id() == difficulty.id()).findFirst().orElseThrow());
        _setValue(composerText(), "Photo tài liệu gửi trước");
        _click(_get(Button.class, spec -> spec.withId("composer-post")));
        long solution = jdbc.queryForObject("select id from card where author_id = ? and card_type = 'SOLUTION'",
                Long.class, an.id());
        assertThat(jdbc.queryForObject("select answers_card_id from card where id = ?", Long.class, solution))
                .isEqualTo(difficulty.id());
        assertThat(json(card(solution)).path("answers").asText()).isEqualTo(vi("card.answers", "Thiếu tài liệu"));
    }

    @Test
    void anEditOfTextAndLinkIsOneChangeAndARefusalLeavesNothingHalfSaved() {
        CardSnapshot gone = cards.post(binh.id(), CardType.DIFFICULTY, "Thiếu thời gian", null, "b5");
        CardSnapshot kept = cards.post(binh.id(), CardType.DIFFICULTY, "Thiếu tài liệu", null, "b6");
        CardSnapshot solution = cards.post(an.id(), CardType.SOLUTION, "Gửi tài liệu trước", null, "a5");
        MockVaadin.clientRoundtrip();
        CardView card = card(solution.id());
        press(solution.id(), "edit");
        _setValue(_get(card, TextArea.class, spec -> spec.withClasses("edit-text")), "Gửi tài liệu trước ba ngày");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<CardSnapshot> answers =
                _get(card, com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withClasses("answers-picker"));
        answers.setValue(answers.getListDataView().getItems().filter(c -> c.id() == gone.id()).findFirst().orElseThrow());
        jdbc.update("update card set deleted = true where id = ?", gone.id()); // Bình deletes it meanwhile

        _click(_get(card, Button.class, spec -> spec.withClasses("edit-save")));
        assertThat(answers.isInvalid()).isTrue();
        assertThat(answers.getErrorMessage()).isEqualTo(vi("card.link.not-difficulty"));
        assertThat(_get(card, TextArea.class, spec -> spec.withClasses("edit-text")).getValue())
                .isEqualTo("Gửi tài liệu trước ba ngày");
        assertThat(jdbc.queryForMap("select text, version from card where id = ?", solution.id()))
                .containsEntry("TEXT", "Gửi tài liệu trước").containsEntry("VERSION", solution.version());

        answers.setValue(answers.getListDataView().getItems().filter(c -> c.id() == kept.id()).findFirst().orElseThrow());
        _click(_get(card, Button.class, spec -> spec.withClasses("edit-save")));
        assertThat(jdbc.queryForMap("select text, answers_card_id, version from card where id = ?", solution.id()))
                .containsEntry("TEXT", "Gửi tài liệu trước ba ngày").containsEntry("ANSWERS_CARD_ID", kept.id())
                .containsEntry("VERSION", solution.version() + 1);
        assertThat(texts(CardType.SOLUTION)).containsExactly("Gửi tài liệu trước ba ngày");
        assertThat(json(card).path("answers").asText()).isEqualTo(vi("card.answers", "Thiếu tài liệu"));
    }

    @Test
    void chatRefusesTooLongMessagesAndStoresOthers() {
        TextField input = _get(TextField.class, spec -> spec.withId("chat-input"));
        Button send = _get(Button.class, spec -> spec.withId("chat-send"));
        MockVaadin.clientRoundtrip();
        _setValue(input, "m".repeat(vn.toadam.board.ChatService.TEXT_MAX + 1));
        _click(send);
        assertThat(input.isInvalid()).isTrue();
        assertThat(input.getValue()).hasSize(vn.toadam.board.ChatService.TEXT_MAX + 1);
        _setValue(input, "Chào cả tổ");
        _click(send);
        MockVaadin.clientRoundtrip();
        assertThat(input.getValue()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from chat_message where text = 'Chào cả tổ' and topic = ?",
                Integer.class, "chat/group/" + an.groupId())).isEqualTo(1);
    }

    private TextField chatInput() {
        return _get(TextField.class, spec -> spec.withId("chat-input"));
    }

    private void sendChat(String text) {
        _setValue(chatInput(), text);
        _click(_get(Button.class, spec -> spec.withId("chat-send")));
    }

    @Test
    void chatTooFastIsRefusedNextToTheFieldWhichKeepsTheText() {
        for (int i = 0; i < ChatService.MESSAGES_PER_MINUTE; i++) {
            sendChat("Tin " + i);
        }
        sendChat("Một tin nữa");
        assertThat(chatInput().isInvalid()).isTrue();
        assertThat(chatInput().getErrorMessage()).isEqualTo(vi("chat.rate-limited", ChatService.MESSAGES_PER_MINUTE));
        assertThat(chatInput().getValue()).isEqualTo("Một tin nữa");
        assertThat(jdbc.queryForObject("select count(*) from chat_message where topic = ?", Integer.class,
                "chat/group/" + an.groupId())).isEqualTo(ChatService.MESSAGES_PER_MINUTE);
    }

    @Test
    void aClosedWorkshopsChatRefusesNextToTheFieldAndAnotherMembersMessageArrivesLive() {
        chat.send(binh.id(), "Mình vào rồi");
        MockVaadin.clientRoundtrip();
        assertThat(_get(MessageList.class, spec -> spec.withClasses("chat-list")).getItems())
                .extracting(MessageListItem::getText).containsExactly("Mình vào rồi");

        fixtures.close(workshop);
        sendChat("Còn ai ở đây không?");
        assertThat(chatInput().isInvalid()).isTrue();
        assertThat(chatInput().getErrorMessage()).isEqualTo(vi("workshop.closed"));
        assertThat(chatInput().getValue()).isEqualTo("Còn ai ở đây không?");
        assertThat(jdbc.queryForObject("select count(*) from chat_message where author_key = ?", Integer.class,
                "p" + an.id())).isZero();
    }
}
