package vn.toadam.workshop;

/**
 * Announced inside the transaction that creates a workshop, so other features can set up their part;
 * {@code copiedFrom} names the workshop it was copied from, or is null.
 */
public record WorkshopCreated(long workshopId, Long copiedFrom) {
}
