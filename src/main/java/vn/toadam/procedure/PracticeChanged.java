package vn.toadam.procedure;

/** A group's practice changed (roles, tracker, notes, scores); sent to the group's screens after commit. */
public record PracticeChanged(PracticeSnapshot practice) implements java.io.Serializable {
}
