package vn.toadam.reliability;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.Application;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.workshop.NewWorkshop;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/**
 * The application in a JVM of its own, for {@link DurabilityTest}. {@code burst DIR N}: starts the app on the H2
 * file in DIR, lets learners post N cards ("burst-0" …) through the card service and prints {@code ack TEXT ID}
 * once each post has returned (committed). {@code count DIR}: starts the app again on DIR and prints
 * {@code stored TEXT} for every burst card in the database, then {@code done}.
 */
public final class CardBurst {

    static final int LEARNERS = 120;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--toadam.data-dir=" + args[1], "--spring.main.banner-mode=off",
                "--logging.level.root=warn", "--logging.level.com.zaxxer.hikari=info");
        if (args[0].equals("count")) {
            app.getBean(JdbcTemplate.class).queryForList("select text from card where text like 'burst-%'", String.class)
                    .forEach(text -> out.println("stored " + text));
            out.println("done");
            app.close();
            return;
        }
        int count = Integer.parseInt(args[2]);
        WorkshopService workshops = app.getBean(WorkshopService.class);
        SecurityContextHolderStrategy security = app.getBean(SecurityContextHolderStrategy.class);
        security.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("burst", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_TRAINER"))));
        WorkshopSummary workshop = workshops.create(new NewWorkshop("Độ bền", "Lớp thử", LocalDate.now(), null, 3), "burst");
        security.clearContext();
        List<ParticipantInfo> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            learners.add(workshops.join(workshop.joinCode(), "Học viên " + i, workshop.groups().get(i % 3).id()));
        }
        CardService cards = app.getBean(CardService.class);
        out.println("ready");
        for (int i = 0; i < count; i++) {
            String text = "burst-" + i;
            try {
                CardSnapshot card = cards.post(learners.get(i % LEARNERS).id(), CardType.EXPERIENCE, text, null,
                        "key-" + i);
                out.println("ack " + text + " " + card.id());
            } catch (RuntimeException e) {
                out.println("refused " + text + " " + e.getClass().getSimpleName());
            }
        }
        out.println("done");
        app.close();
    }

    private CardBurst() {
    }
}
