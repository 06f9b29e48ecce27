package vn.toadam.synthesis;

/** Published after a facilitation change is committed. */
public record FacilitationChanged(FacilitationView facilitation) implements java.io.Serializable {
}
