package vn.toadam.base;

/**
 * A refusal the user can act on. Carries a translation key (and arguments) rather than text, so every
 * view shows it in the user's language; {@link #field()} names the input it concerns, or is null.
 */
public class UserFacingException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public UserFacingException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
