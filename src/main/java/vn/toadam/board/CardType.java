package vn.toadam.board;

/** The four kinds of contribution, one column each on a group board. */
public enum CardType {
    ADVANTAGE, DIFFICULTY, EXPERIENCE, SOLUTION
}
