package vn.toadam.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import elemental.json.Json;
import elemental.json.JsonObject;

/** In browser-less UI tests: what a learner's browser sends when they press a button on a card of the board. */
public final class CardActions {

    private CardActions() {
    }

    /** The board's one event for {@code action} ("edit", "reply", "react", …) on the card. */
    public static void press(long cardId, String action) {
        Component grid = _get(Div.class, spec -> spec.withClasses("board-columns"));
        JsonObject data = Json.createObject();
        data.put("event.detail.action", action);
        data.put("event.detail.card", cardId);
        data.put("event.detail.payload", "");
        grid.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(grid.getElement(), "card-action", data));
    }
}
