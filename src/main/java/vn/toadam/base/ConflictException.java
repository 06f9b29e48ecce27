package vn.toadam.base;

/** Someone else changed the thing first; the user keeps their text and can try again. */
public class ConflictException extends UserFacingException {
    public ConflictException(String messageKey, Object... args) {
        super(null, messageKey, args);
    }
}
