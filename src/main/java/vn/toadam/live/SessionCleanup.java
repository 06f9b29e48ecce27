package vn.toadam.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * When a session ends (a phone that closed the tab without saying goodbye, a browser that crashed), everything
 * live its screens held is released: their views are taken apart, so Collaboration Kit parts deactivate their
 * topic connections and presence is left, and their subscriptions are dropped.
 */
@Component
class SessionCleanup implements VaadinServiceInitListener {

    private final LiveBroadcaster broadcaster;

    SessionCleanup(LiveBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(e -> release(e.getSession()));
    }

    private void release(VaadinSession session) {
        session.accessSynchronously(() -> {
            List<UI> uis = List.copyOf(session.getUIs());
            uis.forEach(UI::removeAll);
        });
        broadcaster.forget(session);
    }
}
