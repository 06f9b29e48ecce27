package vn.toadam.procedure;

/** An observer's note on a step: a strength (ưu điểm) or a limitation (hạn chế). */
public enum NoteKind {
    STRENGTH, LIMITATION
}
