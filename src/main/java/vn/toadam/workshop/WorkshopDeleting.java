package vn.toadam.workshop;

/** Announced inside the transaction that deletes a workshop, before its rows go: other features remove theirs. */
public record WorkshopDeleting(long workshopId, java.util.List<Long> groupIds) {
}
