package vn.toadam.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.toadam.board.CardChanged;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.board.ChatLine;
import vn.toadam.board.ChatPosted;
import vn.toadam.procedure.PracticeChanged;
import vn.toadam.procedure.PracticeSnapshot;
import vn.toadam.procedure.PracticeStatus;
import vn.toadam.synthesis.FacilitationChanged;
import vn.toadam.synthesis.FacilitationView;
import vn.toadam.synthesis.Phase;
import vn.toadam.synthesis.ProjectedCard;
import vn.toadam.synthesis.RecommendationsChanged;
import vn.toadam.synthesis.VotesChanged;

/** Every live event survives the trip to another node (Java serialization, as {@link ClusterEvents} sends it). */
class LiveEventsTravelTest {

    @Test
    void everyLiveEventArrivesEqualOnAnotherNode() throws Exception {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");
        CardSnapshot card = new CardSnapshot(1, 2, CardType.SOLUTION, "Họp đúng ngày", 3, "An", null, 4L, now, now, 5,
                false, Set.of(7L, 8L), List.of(new CardSnapshot.ReplySnapshot(9, 3, "An", "Đồng ý", now)), false, null,
                null);
        List<Serializable> events = List.of(new CardChanged(card),
                new ChatPosted(new ChatLine(1, 2, "p3", "An", "Chào", now)),
                new PracticeChanged(new PracticeSnapshot(1, 2, 3, "An", 4L, "Bình", null, "Chi", PracticeStatus.values()[0],
                        1, now, now, null, 6, List.of(new PracticeSnapshot.StepProgress(1, 60, true, false)),
                        List.of(), Map.of(1L, 10))),
                new FacilitationChanged(new FacilitationView(1, Phase.values()[0], false, now, 300, 3, 1, true, false,
                        Set.of(2L), 4)),
                new RecommendationsChanged(1), new VotesChanged(1, 2, 3, 4, 5), new ProjectedCard(1, card, "Tổ 1"),
                new ClusterEvents.Envelope(java.util.UUID.randomUUID(), "board/group/2", new CardChanged(card)));
        for (Serializable event : events) {
            assertThat(travel(event)).as(event.getClass().getSimpleName()).isEqualTo(event);
        }
    }

    private static Object travel(Serializable event) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(event);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
