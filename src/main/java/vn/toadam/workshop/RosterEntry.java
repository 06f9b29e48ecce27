package vn.toadam.workshop;

/** A participant of a workshop as the moderator's list shows them, removed ones included. */
public record RosterEntry(ParticipantInfo participant, boolean removed) {
}
