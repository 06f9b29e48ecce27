package vn.toadam.workshop;

/**
 * Who a participant is, as views and other features need it; immutable and safe to keep in a session. {@code device}
 * is the browser they joined from (null if added without one), for limits per browser.
 */
public record ParticipantInfo(long id, long workshopId, String workshopCode, String workshopTitle,
                              long groupId, String groupName, String displayName, ParticipantRole role,
                              String device)
        implements java.io.Serializable {

    static ParticipantInfo of(Participant p) {
        Workshop w = p.getWorkshop();
        WorkshopGroup g = p.getGroup();
        return new ParticipantInfo(p.getId(), w.getId(), w.getJoinCode(), w.getTitle(), g.getId(), g.getName(),
                p.getDisplayName(), p.getRole(), p.getDevice());
    }
}
