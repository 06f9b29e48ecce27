package vn.toadam.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotAllowedException;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

class ChatServiceTest extends IntegrationTest {

    @Autowired
    ChatService chat;
    @Autowired
    Fixtures fixtures;
    @Autowired
    WorkshopService workshops;
    @Autowired
    JdbcTemplate jdbc;

    WorkshopSummary workshop;
    ParticipantInfo an;
    ParticipantInfo binh;
    ParticipantInfo chi;

    @BeforeEach
    void setUp() {
        Fixtures.Classroom room = fixtures.classroom();
        workshop = room.workshop();
        an = room.an();
        binh = room.binh();
        chi = room.chi();
    }

    private int stored(ParticipantInfo author) {
        return jdbc.queryForObject("select count(*) from chat_message where author_key = ?", Integer.class,
                BoardAudience.participantKey(author.id()));
    }

    @Test
    void aMessageIsCleanedStoredAndReadByItsGroupOnly() {
        ChatLine sent = chat.send(an.id(), "  Cha\u0300o ca\u0309 tô\u0309\u200B  ");
        assertThat(sent.text()).isEqualTo("Chào cả tổ");
        assertThat(sent.authorName()).isEqualTo(an.displayName());
        assertThat(chat.recent(binh.id())).extracting(ChatLine::text).containsExactly("Chào cả tổ");
        assertThat(chat.recent(chi.id())).isEmpty();
    }

    @Test
    void emptyAndTooLongMessagesAreRefusedForTheMessageField() {
        assertThatThrownBy(() -> chat.send(an.id(), " \u200B "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("message");
                    assertThat(e.messageKey()).isEqualTo("error.required");
                });
        assertThat(chat.send(an.id(), "ă".repeat(ChatService.TEXT_MAX)).text()).hasSize(ChatService.TEXT_MAX);
        assertThatThrownBy(() -> chat.send(an.id(), "ă".repeat(ChatService.TEXT_MAX + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.too-long"));
        assertThat(stored(an)).isEqualTo(1);
    }

    @Test
    void aFloodIsRefusedAfterTheLimitPerParticipant() {
        for (int i = 0; i < ChatService.MESSAGES_PER_MINUTE; i++) {
            chat.send(an.id(), "Tin " + i);
        }
        assertThatThrownBy(() -> chat.send(an.id(), "Một tin nữa"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("message");
                    assertThat(e.messageKey()).isEqualTo("chat.rate-limited");
                });
        assertThat(stored(an)).isEqualTo(ChatService.MESSAGES_PER_MINUTE);
        assertThat(chat.send(binh.id(), "Người khác vẫn gửi được").text()).isNotEmpty();
    }

    @Test
    void aRemovedParticipantAndAClosedWorkshopSendNothingButTheChatStaysReadable() {
        chat.send(binh.id(), "Trước khi đóng");
        fixtures.asTrainer(() -> workshops.removeParticipant(an.id()));
        assertThatThrownBy(() -> chat.send(an.id(), "Vẫn gửi")).isInstanceOf(NotAllowedException.class);
        fixtures.close(workshop);
        assertThatThrownBy(() -> chat.send(binh.id(), "Sau khi đóng"))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workshop.closed"));
        assertThat(chat.recent(binh.id())).extracting(ChatLine::text).containsExactly("Trước khi đóng");
        assertThat(stored(an)).isZero();
    }
}
