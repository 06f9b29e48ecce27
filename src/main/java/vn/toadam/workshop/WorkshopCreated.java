package vn.toadam.workshop;

/** Announced inside the transaction that creates a workshop, so other features can set up their part. */
public record WorkshopCreated(long workshopId) {
}
