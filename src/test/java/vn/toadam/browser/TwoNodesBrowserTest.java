package vn.toadam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.board.CardService;
import vn.toadam.board.CardType;
import vn.toadam.security.AccountService;
import vn.toadam.security.Role;
import vn.toadam.synthesis.RecommendationService;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.support.Browser;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;
import vn.toadam.support.TwoNodes;

/**
 * Several nodes: two nodes of the application on one PostgreSQL, joined by Hazelcast. A learner on node A and one
 * on node B, same group, in their own Chromium: each sees the other's card and chat message live and both are
 * counted on both boards, until node B stops. The one-laptop default starts no Hazelcast at all.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesBrowserTest {

    private static TwoNodes nodes;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        nodes = TwoNodes.start();
    }

    @AfterAll
    static void stopTwoNodes() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
    }

    /** A trainer on node A and a moderator on node B co-edit a recommendation; B's moderator screen shows A's cards. */
    @Test
    @Order(1)
    void twoModeratorsOnTwoNodesCoEditAndSeeCardsPostedOnTheOtherNode() {
        try (Browser first = new Browser(1500, 900); Browser second = new Browser(1500, 900)) {
            String code = Journeys.createWorkshopAsTrainer(nodes.a);
            JdbcTemplate db = nodes.a.bean(JdbcTemplate.class);
            long id = db.queryForObject("select id from workshop where join_code = ?", Long.class, code);
            long group = db.queryForObject("select min(id) from workshop_group where workshop_id = ?", Long.class, id);
            nodes.a.asTrainer(() -> {
                nodes.a.bean(AccountService.class).createAccount("dieuphoi", "Người điều phối", "mat-khau-dieu-phoi",
                        Role.MODERATOR);
                nodes.a.bean(RecommendationService.class).create(id, "Kiến nghị ban đầu", null, List.of());
            });

            Journeys.logInAsTrainer(first, nodes.a);
            first.open(nodes.a.url("moderate/" + id));
            second.open(nodes.b.url("moderate/" + id));
            Journeys.logInToModerate(second, "dieuphoi", "mat-khau-dieu-phoi");
            Journeys.typeRecommendationSeenBy(first, second, "Tổ chức điểm sinh hoạt gần dân",
                    "the moderator on node B sees the trainer's text typed on node A");

            ParticipantInfo learner = nodes.a.bean(WorkshopService.class).join(code, "Lê Văn Chi", group);
            nodes.a.bean(CardService.class).post(learner.id(), CardType.DIFFICULTY, CARD_FOR_MODERATOR, null, "two-nodes-1");
            second.until("the moderator screen on node B shows the card posted on node A",
                    () -> second.driver().getPageSource().contains(CARD_FOR_MODERATOR));
        }
    }

    private static final String CARD = "Chi bộ họp đúng ngày mùng 3 hằng tháng";
    private static final String CARD_FROM_B = "Nhiều đảng viên đi làm xa, khó họp đủ";
    private static final String CARD_FOR_MODERATOR = "Thiếu tài liệu sinh hoạt chuyên đề";
    private static final String CHAT = "Tổ 1 trên máy chủ B chào cả nhà";

    @Test
    @Order(2)
    void aCardChatAndPresenceOfNodeAShowOnNodeBAndBack() {
        try (Browser an = new Browser(); Browser binh = new Browser()) {
            assertThat(nodes.a.bean(HazelcastInstance.class).getCluster().getMembers()).hasSize(2);
            String code = Journeys.createWorkshopAsTrainer(nodes.a);

            Journeys.join(an, nodes.a, code, "Nguyễn Văn An", "Tổ 1");
            Journeys.join(binh, nodes.b, code, "Trần Thị Bình", "Tổ 1");
            an.until("An on node A counts Bình on node B", () -> presentCount(an).equals("2"));
            binh.until("Bình on node B counts An on node A", () -> presentCount(binh).equals("2"));

            an.type("#composer-text", CARD);
            an.click("#composer-post");
            binh.until("Bình on node B sees An's card from node A", () -> binh.cardTexts("ADVANTAGE").contains(CARD));
            assertThat(an.cardTexts("ADVANTAGE")).as("delivered once on the posting node").containsExactly(CARD);

            binh.type("#composer-text", CARD_FROM_B);
            binh.click("#composer-post");
            an.until("An on node A sees Bình's card from node B", () -> an.cardTexts("ADVANTAGE").contains(CARD_FROM_B));

            binh.type("#chat-input", CHAT);
            binh.click("#chat-send");
            an.until("An on node A sees Bình's chat message", () -> chatTexts(an).contains(CHAT));
            assertThat(chatTexts(binh)).as("delivered once on the posting node").containsExactly(CHAT);

            nodes.b.close(); // node B stops: its people leave every board
            an.until("Bình is no longer counted on node A once node B is gone", () -> presentCount(an).equals("1"));
        }
    }

    @Test
    @Order(3)
    void oneLaptopStartsNoHazelcast() {
        try (RunningApp app = RunningApp.start(TestDataDirs.fresh("single-"))) {
            assertThat(app.beanCount(HazelcastInstance.class)).isZero();
        }
    }

    private static String presentCount(Browser browser) {
        String total = browser.waitFor("#presence-count").getDomAttribute("data-total");
        return total == null ? "" : total;
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> chatTexts(Browser browser) {
        return (java.util.List<String>) browser.driver().executeScript(
                "const l = document.querySelector('vaadin-message-list');"
                        + "return (l && l.items ? l.items : []).map(i => i.text);");
    }
}
