package vn.toadam.workshop.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import vn.toadam.base.NotFoundException;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/** For pages whose route names a workshop by id (":id"): the workshop, or the not-found page. */
public final class WorkshopRoutes {

    private WorkshopRoutes() {
    }

    public static Optional<WorkshopSummary> workshop(BeforeEnterEvent event, WorkshopService workshops) {
        try {
            return Optional.of(workshops.get(Long.parseLong(event.getRouteParameters().get("id").orElse(""))));
        } catch (NumberFormatException | NotFoundException
                 | org.springframework.security.access.AccessDeniedException e) { // another workshop looks absent
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return Optional.empty();
        }
    }
}
