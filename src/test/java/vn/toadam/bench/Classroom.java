package vn.toadam.bench;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.security.SigningKey;
import vn.toadam.support.RunningApp;
import vn.toadam.workshop.NewWorkshop;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/** A workshop with N learners spread over three groups, each with its own browser-less client on the board. */
final class Classroom implements AutoCloseable {

    static final int GROUPS = 3;

    record Seat(ParticipantInfo participant, String cookieName, String cookieValue, FlowClient client) {
    }

    final WorkshopSummary workshop;
    final List<Seat> seats = new ArrayList<>();

    Classroom(RunningApp app, int learners) throws Exception {
        SecurityContextHolderStrategy security = app.bean(SecurityContextHolderStrategy.class);
        security.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bench", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_TRAINER"))));
        WorkshopService workshops = app.bean(WorkshopService.class);
        try {
            workshop = workshops.create(new NewWorkshop("Benchmark", "Lớp đo hiệu năng", LocalDate.now(), null, GROUPS),
                    "bench");
        } finally {
            security.clearContext();
        }
        SigningKey signing = app.bean(SigningKey.class);
        URI base = URI.create(app.url(""));
        for (int i = 0; i < learners; i++) {
            ParticipantInfo p = workshops.join(workshop.joinCode(), "Học viên " + (i + 1),
                    workshop.groups().get(i % GROUPS).id());
            String cookieName = "TD_P_" + workshop.joinCode();
            String cookieValue = signing.sign(Long.toString(p.id()));
            seats.add(new Seat(p, cookieName, cookieValue, new FlowClient(base, Map.of(cookieName, cookieValue))));
        }
    }

    /**
     * Fills every group's board with {@code perGroup} cards of its learners (round robin, so no one posts faster
     * than the service allows), before any board is open.
     */
    void fillBoards(RunningApp app, int perGroup) {
        vn.toadam.board.CardService cards = app.bean(vn.toadam.board.CardService.class);
        java.util.Random random = new java.util.Random(42);
        vn.toadam.board.CardType[] types = vn.toadam.board.CardType.values();
        for (int g = 0; g < GROUPS; g++) {
            long groupId = workshop.groups().get(g).id();
            List<Seat> members = seats.stream().filter(s -> s.participant().groupId() == groupId).toList();
            for (int i = 0; i < perGroup; i++) {
                cards.post(members.get(i % members.size()).participant().id(), types[i % types.length],
                        VietnameseCards.card(random), null, "fill-" + g + "-" + i);
            }
        }
    }

    /** Class sizes to run, from a system property such as {@code -Dbench.fanout.sizes=150,1000}. */
    static int[] sizes(String property, String defaults) {
        return java.util.Arrays.stream(System.getProperty(property, defaults).split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    }

    /** The other seats of the group of seat {@code seat}: the boards a card posted there must reach. */
    List<Integer> groupMates(int seat) {
        long group = seats.get(seat).participant().groupId();
        List<Integer> mates = new ArrayList<>();
        for (int s = 0; s < seats.size(); s++) {
            if (s != seat && seats.get(s).participant().groupId() == group) {
                mates.add(s);
            }
        }
        return mates;
    }

    String boardRoute() {
        return "board/" + workshop.joinCode();
    }

    /** The seats as lines for a {@link ClientFleet}: cookie name, cookie value, route. */
    static List<String> seatLines(Classroom room) {
        return room.seats.stream().map(s -> s.cookieName() + "\t" + s.cookieValue() + "\t" + room.boardRoute()).toList();
    }

    /**
     * Fleet lines for the screens beside the boards, after the learners' seats: {@code moderators} moderator's
     * screens, then the projector, each signed in as the trainer.
     */
    List<String> staffLines(int moderators) {
        String login = "\t" + RunningApp.TRAINER + "\t" + RunningApp.TRAINER_PASSWORD;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < moderators; i++) {
            lines.add("-\t-\tmoderate/" + workshop.id() + login);
        }
        lines.add("-\t-\tprojector/" + workshop.id() + login);
        return lines;
    }

    void openBoards() throws Exception {
        for (Seat seat : seats) {
            seat.client().open("board/" + workshop.joinCode());
        }
    }

    @Override
    public void close() {
        seats.forEach(s -> s.client().close());
    }
}
