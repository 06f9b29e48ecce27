package vn.toadam.procedure;

public enum PracticeStatus {
    NOT_STARTED, RUNNING, ENDED
}
