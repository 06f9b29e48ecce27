package vn.toadam.workshop;

import java.security.SecureRandom;
import java.util.Locale;

/** Join codes: random, from 31 symbols that cannot be mistaken for each other on a projector (no 0/O, 1/I/L). */
public final class JoinCodes {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;
    public static final int LENGTH_MAX = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a user typed, made comparable: upper case, no spaces or dashes. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
