package vn.toadam.workshop;

import java.time.LocalDate;

/** What a trainer fills in to create a workshop. */
public record NewWorkshop(String title, String className, LocalDate heldOn, String place, int groupCount) {
}
