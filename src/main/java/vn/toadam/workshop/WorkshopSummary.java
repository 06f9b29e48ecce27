package vn.toadam.workshop;

import java.time.LocalDate;
import java.util.List;

public record WorkshopSummary(long id, String title, String className, LocalDate heldOn, String place,
                              String joinCode, WorkshopStatus status, List<GroupInfo> groups) {

    public record GroupInfo(long id, int position, String name) {
    }

    static WorkshopSummary of(Workshop w) {
        return new WorkshopSummary(w.getId(), w.getTitle(), w.getClassName(), w.getHeldOn(), w.getPlace(),
                w.getJoinCode(), w.getStatus(),
                w.getGroups().stream().map(g -> new GroupInfo(g.getId(), g.getPosition(), g.getName())).toList());
    }
}
