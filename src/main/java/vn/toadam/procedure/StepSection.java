package vn.toadam.procedure;

/** The parts of a cell meeting in the guide's order. */
public enum StepSection {
    PREPARATION, OPENING, MAIN, CLOSING
}
