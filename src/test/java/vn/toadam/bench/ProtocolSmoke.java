package vn.toadam.bench;

import java.time.Duration;
import java.util.function.Consumer;
import vn.toadam.board.CardService;
import vn.toadam.board.CardType;
import vn.toadam.support.RunningApp;

/** Opens N boards with browser-less clients, posts one card per group and counts who received which. */
public final class ProtocolSmoke {

    public record Result(int expectedDeliveries, int deliveries, int leaks) {
    }

    private ProtocolSmoke() {
    }

    /** {@code beforePosting} gets the workshop's join code once the boards are open, e.g. to open a real browser too. */
    public static Result run(RunningApp app, int learners, Consumer<String> beforePosting) throws Exception {
        try (Classroom room = new Classroom(app, learners)) {
            room.openBoards();
            beforePosting.accept(room.workshop.joinCode());
            CardService cards = app.bean(CardService.class);
            for (int g = 0; g < Classroom.GROUPS; g++) {
                String marker = "smoke-card-group-" + g;
                room.seats.forEach(s -> s.client().watch(marker));
                Classroom.Seat poster = room.seats.get(g);
                cards.post(poster.participant().id(), CardType.EXPERIENCE, marker, null, "smoke-" + g);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            int expected = room.seats.size();
            int delivered = 0;
            while (System.nanoTime() < deadline) {
                delivered = 0;
                for (Classroom.Seat s : room.seats) {
                    int group = room.workshop.groups().stream().map(x -> x.id()).toList().indexOf(s.participant().groupId());
                    if (s.client().seenAt("smoke-card-group-" + group) != null) {
                        delivered++;
                    }
                }
                if (delivered == expected) {
                    break;
                }
                Thread.sleep(50);
            }
            int leaks = 0;
            for (Classroom.Seat s : room.seats) {
                int group = room.workshop.groups().stream().map(x -> x.id()).toList().indexOf(s.participant().groupId());
                for (int g = 0; g < Classroom.GROUPS; g++) {
                    if (g != group && s.client().seenAt("smoke-card-group-" + g) != null) {
                        leaks++;
                    }
                }
            }
            return new Result(expected, delivered, leaks);
        }
    }
}
