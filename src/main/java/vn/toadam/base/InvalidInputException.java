package vn.toadam.base;

/** Input that breaks a rule (empty, too long, wrong kind); shown next to the named field. */
public class InvalidInputException extends UserFacingException {
    public InvalidInputException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
