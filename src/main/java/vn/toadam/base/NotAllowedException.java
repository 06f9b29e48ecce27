package vn.toadam.base;

/** The caller may not do this (not the author, not in the group, workshop closed). */
public class NotAllowedException extends UserFacingException {
    public NotAllowedException(String messageKey, Object... args) {
        super(null, messageKey, args);
    }
}
