package vn.toadam.workshop;

public enum WorkshopStatus {
    OPEN, CLOSED, ARCHIVED
}
