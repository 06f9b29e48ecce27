package vn.toadam.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.Map;
import vn.toadam.base.UserFacingException;

/**
 * Puts a refusal from a service next to the field it concerns (by the field name the service gave), in the
 * user's language; a refusal about no particular field becomes a notification. Values stay as typed.
 */
public final class FieldErrors {

    private final Map<String, ? extends HasValidation> fields;

    public FieldErrors(Map<String, ? extends HasValidation> fields) {
        this.fields = fields;
        fields.values().forEach(f -> f.setManualValidation(true));
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /**
     * Runs a user's action: clears earlier messages and, if a service refuses it, shows why next to the field.
     * Returns whether it went through.
     */
    public boolean attempt(Runnable action) {
        clear();
        try {
            action.run();
            return true;
        } catch (UserFacingException e) {
            show(e);
            return false;
        }
    }

    public void show(UserFacingException e) {
        String text = UI.getCurrent().getTranslation(e.messageKey(), e.args());
        HasValidation field = e.field() == null ? null : fields.get(e.field());
        if (field == null) {
            Notifications.error(text);
            return;
        }
        field.setErrorMessage(text);
        field.setInvalid(true);
    }
}
