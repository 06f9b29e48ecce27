package vn.toadam.workshop;

/** Published after a learner joined a workshop (or a moderator added one without a device): moderators list them. */
public record ParticipantJoined(long workshopId, ParticipantInfo participant) implements java.io.Serializable {
}
