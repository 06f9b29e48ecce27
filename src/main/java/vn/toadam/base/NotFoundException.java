package vn.toadam.base;

public class NotFoundException extends UserFacingException {
    public NotFoundException(String messageKey, Object... args) {
        super(null, messageKey, args);
    }
}
