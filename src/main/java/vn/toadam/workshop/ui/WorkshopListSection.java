package vn.toadam.workshop.ui;

import com.vaadin.flow.component.Component;
import java.util.function.LongConsumer;

/** A part another feature adds to the workshop list (e.g. importing a backup); {@code open} shows a workshop. */
public interface WorkshopListSection {

    Component create(boolean trainer, LongConsumer open);
}
