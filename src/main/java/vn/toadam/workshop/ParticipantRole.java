package vn.toadam.workshop;

public enum ParticipantRole {
    LEARNER, MODERATOR
}
