package vn.toadam.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import vn.toadam.workshop.NewWorkshop;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopStatus;
import vn.toadam.workshop.WorkshopSummary;

/** Builds workshops and participants through the real services, as a trainer and learners would. */
@Component
public class Fixtures {

    private final WorkshopService workshops;
    private final SecurityContextHolderStrategy security;

    public Fixtures(WorkshopService workshops, SecurityContextHolderStrategy security) {
        this.workshops = workshops;
        this.security = security;
    }

    public WorkshopSummary workshop(String title) {
        return asTrainer(() -> workshops.create(
                new NewWorkshop(title, "Lớp bồi dưỡng bí thư chi bộ", LocalDate.of(2026, 11, 25), "Đầm Hà", 3),
                "trainer"));
    }

    /** A workshop with An and Bình in the first group and Chi in the second. */
    public record Classroom(WorkshopSummary workshop, ParticipantInfo an, ParticipantInfo binh, ParticipantInfo chi) {
    }

    public Classroom classroom() {
        WorkshopSummary workshop = workshop("Thực hành sinh hoạt chi bộ");
        return new Classroom(workshop, join(workshop, 0, "Nguyễn Văn An"), join(workshop, 0, "Trần Thị Bình"),
                join(workshop, 1, "Lê Văn Chi"));
    }

    public ParticipantInfo join(WorkshopSummary workshop, int groupIndex, String name) {
        return workshops.join(workshop.joinCode(), name, workshop.groups().get(groupIndex).id());
    }

    public void close(WorkshopSummary workshop) {
        asTrainer(() -> workshops.setStatus(workshop.id(), WorkshopStatus.CLOSED));
    }

    /** Runs {@code work} as a logged-in trainer (through this application's own security context holder). */
    public <T> T asTrainer(Callable<T> work) {
        var previous = security.getContext().getAuthentication();
        security.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("trainer", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_TRAINER"))));
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            security.getContext().setAuthentication(previous);
        }
    }
}
