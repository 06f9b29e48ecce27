package vn.toadam.procedure;

/** Regular monthly meeting (sinh hoạt thường kỳ) or thematic meeting (sinh hoạt chuyên đề). */
public enum ProcedureKind {
    REGULAR, THEMATIC
}
