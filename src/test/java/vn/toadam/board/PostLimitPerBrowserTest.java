package vn.toadam.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.toadam.base.InvalidInputException;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.Requester;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/** Joining again under another name from the same browser gives no fresh post limit. */
class PostLimitPerBrowserTest extends IntegrationTest {

    @Autowired
    CardService cards;
    @Autowired
    WorkshopService workshops;
    @Autowired
    Fixtures fixtures;

    @Test
    void aSecondNameFromTheSameBrowserSharesTheBrowsersPostLimit() {
        WorkshopSummary w = fixtures.workshop("Lớp giới hạn theo trình duyệt");
        long group = w.groups().get(0).id();
        Requester browser = new Requester("10.1.1.1", "cung-mot-trinh-duyet");
        ParticipantInfo first = workshops.join(w.joinCode(), "Tên thứ nhất", group, browser);
        for (int i = 0; i < CardService.POSTS_PER_MINUTE; i++) {
            cards.post(first.id(), CardType.DIFFICULTY, "Ý kiến " + i, null, "a" + i);
        }
        ParticipantInfo second = workshops.join(w.joinCode(), "Tên thứ hai", group, browser);
        assertThatThrownBy(() -> cards.post(second.id(), CardType.DIFFICULTY, "Thêm nữa", null, "b"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("card.rate-limited"));

        ParticipantInfo neighbour = workshops.join(w.joinCode(), "Người bên cạnh", group,
                new Requester("10.1.1.1", "trinh-duyet-khac"));
        assertThat(cards.post(neighbour.id(), CardType.DIFFICULTY, "Ý kiến khác", null, "c").text())
                .isEqualTo("Ý kiến khác");
    }
}
