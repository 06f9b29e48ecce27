package vn.toadam.live;

import com.vaadin.collaborationengine.CollaborationAvatarGroup;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;

/** The Collaboration Kit parts views use, handed out as plain components so no view imports the kit. */
@org.springframework.stereotype.Component
public class LiveComponents {

    public static final int MAX_VISIBLE_AVATARS = 8;

    private final ChatPersister chatPersister;

    LiveComponents(ChatPersister chatPersister) {
        this.chatPersister = chatPersister;
    }

    /** Avatars of who has the topic (e.g. a group board) open right now. */
    public Component avatars(String topic, String userKey, String name) {
        CollaborationAvatarGroup avatars = new CollaborationAvatarGroup(new UserInfo(userKey, name), topic);
        avatars.setMaxItemsVisible(MAX_VISIBLE_AVATARS);
        return avatars;
    }

    /** A chat whose messages are stored in the database. */
    public Component chat(String topic, String userKey, String name) {
        return new GroupChat(topic, userKey, name, chatPersister);
    }
}
