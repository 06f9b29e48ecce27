package vn.toadam.live;

import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;

/**
 * The live parts views use, handed out as plain components: who is here (our own, one small update per change) and
 * shared form editing (Collaboration Kit's binder, so no view imports the kit). The group chat is the board's.
 */
@org.springframework.stereotype.Component
public class LiveComponents {

    public static final int MAX_VISIBLE_AVATARS = 8;

    private final Presence presence;
    private final LiveBroadcaster broadcaster;

    LiveComponents(Presence presence, LiveBroadcaster broadcaster) {
        this.presence = presence;
        this.broadcaster = broadcaster;
    }

    /**
     * Faces of who has the topic (e.g. a group board) open right now, and how many they are. Our own presence
     * list: Collaboration Kit's avatar group keeps every present person in every screen, which costs a whole
     * class's worth of memory per screen.
     */
    public Component avatars(String topic, String userKey, String name) {
        return new PresenceAvatars(presence, broadcaster, topic, userKey, name);
    }

    /**
     * Makes a form collaborative: each field's value is shared live with everyone who has the same topic open, and
     * a field someone is editing is highlighted with their name. {@code fields} maps bean property names to fields;
     * {@code initial} fills the form when nobody has the topic open yet. Saving stays the caller's job.
     */
    public <T> void shareForm(Class<T> beanType, String topic, String userKey, String name,
                              java.util.Map<String, com.vaadin.flow.component.HasValue<?, ?>> fields,
                              java.util.function.Supplier<T> initial) {
        com.vaadin.collaborationengine.CollaborationBinder<T> binder =
                new com.vaadin.collaborationengine.CollaborationBinder<>(beanType, new UserInfo(userKey, name));
        fields.forEach((property, field) -> binder.forField(field).bind(property));
        binder.setTopic(topic, initial::get);
    }
}
