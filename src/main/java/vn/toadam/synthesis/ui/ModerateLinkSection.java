package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import vn.toadam.workshop.WorkshopSummary;
import vn.toadam.workshop.ui.WorkshopDetailSection;

/** On the workshop page: the way to the moderator's screen. */
@org.springframework.stereotype.Component
class ModerateLinkSection implements WorkshopDetailSection {

    @Override
    public Component create(WorkshopSummary workshop, boolean trainer) {
        UI ui = UI.getCurrent();
        Anchor link = new Anchor("moderate/" + workshop.id(), ui.getTranslation("moderate.open"));
        link.setId("open-moderator");
        Anchor projector = new Anchor("projector/" + workshop.id(), ui.getTranslation("moderate.open-projector"));
        projector.setTarget("_blank");
        Div links = new Div(link, new com.vaadin.flow.component.html.Span(" · "), projector);
        return new Div(new H3(ui.getTranslation("moderate.title")), links);
    }
}
