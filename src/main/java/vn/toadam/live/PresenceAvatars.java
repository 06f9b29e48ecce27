package vn.toadam.live;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The faces of the first people on a topic and how many are there, live. */
class PresenceAvatars extends Composite<HorizontalLayout> {

    private final Presence presence;
    private final String topic;
    private final Presence.Person me;
    private final AvatarGroup faces = new AvatarGroup();
    private final Span count = new Span();
    private Runnable leave;

    PresenceAvatars(Presence presence, LiveBroadcaster broadcaster, String topic, String userKey, String name) {
        this.presence = presence;
        this.topic = topic;
        this.me = new Presence.Person(userKey, name);
        faces.setMaxItemsVisible(LiveComponents.MAX_VISIBLE_AVATARS);
        count.addClassName("presence-count");
        count.setId("presence-count");
        count.getStyle().set("white-space", "nowrap").set("margin-inline-start", "var(--lumo-space-xs)")
                .set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout root = getContent();
        root.addClassName("presence");
        root.setSpacing(false);
        root.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        root.add(faces, count);
        broadcaster.bind(this, Presence.audience(topic), event -> {
            if (event instanceof Presence.Snapshot snapshot) {
                show(snapshot);
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        leave = presence.arrive(topic, me);
        show(presence.snapshot(topic, LiveComponents.MAX_VISIBLE_AVATARS));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (leave != null) {
            leave.run();
            leave = null;
        }
    }

    private void show(Presence.Snapshot snapshot) {
        faces.setItems(snapshot.first().stream().map(p -> new AvatarGroup.AvatarGroupItem(p.name())).toList());
        count.setText(getTranslation("live.present", snapshot.total()));
        count.getElement().setAttribute("data-total", Integer.toString(snapshot.total()));
    }
}
