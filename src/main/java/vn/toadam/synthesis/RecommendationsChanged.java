package vn.toadam.synthesis;

/** Published after the recommendations of a workshop changed; screens reload them. */
public record RecommendationsChanged(long workshopId) implements java.io.Serializable {
}
