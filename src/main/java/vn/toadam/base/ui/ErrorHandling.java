package vn.toadam.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.toadam.base.UserFacingException;

/**
 * Anything a view did not handle: a refusal becomes its translated message; an unexpected error is logged with
 * an id and the user sees a translated message with that id, never a stack trace.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
            while (cause.getCause() != null && !(cause instanceof UserFacingException)) {
                cause = cause.getCause();
            }
            UI ui = UI.getCurrent();
            if (ui == null) {
                log.error("Unexpected error outside a UI", error.getThrowable());
                return;
            }
            if (cause instanceof UserFacingException refusal) {
                Notifications.error(ui.getTranslation(refusal.messageKey(), refusal.args()));
            } else {
                String id = UUID.randomUUID().toString().substring(0, 8);
                log.error("Unexpected error {}", id, error.getThrowable());
                Notifications.error(ui.getTranslation("error.unexpected", id));
            }
        }));
    }
}
