package vn.toadam.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages at the bottom of the screen. */
public final class Notifications {

    private static final int DURATION_MS = 5000;

    private Notifications() {
    }

    public static void error(String text) {
        Notification n = Notification.show(text, DURATION_MS, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String text) {
        Notification n = Notification.show(text, DURATION_MS, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
