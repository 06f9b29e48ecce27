package vn.toadam.workshop.ui;

import com.vaadin.flow.component.Component;
import vn.toadam.workshop.WorkshopSummary;

/** A part another feature adds to the trainer's workshop page (e.g. which procedures it practises). */
public interface WorkshopDetailSection {

    Component create(WorkshopSummary workshop, boolean trainer);
}
