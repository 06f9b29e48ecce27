package vn.toadam.live;

import com.vaadin.collaborationengine.CollaborationMessage;
import com.vaadin.collaborationengine.CollaborationMessagePersister;
import com.vaadin.collaborationengine.UserInfo;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.toadam.base.Texts;

/** Keeps Collaboration Kit chat messages in the database, so a chat survives a restart. */
@Component
class ChatPersister implements CollaborationMessagePersister {

    private final ChatStore store;

    ChatPersister(ChatStore store) {
        this.store = store;
    }

    @Override
    public Stream<CollaborationMessage> fetchMessages(FetchQuery query) {
        return store.since(query.getTopicId(), query.getSince()).stream()
                .map(m -> new CollaborationMessage(new UserInfo(m.authorKey(), m.authorName()), m.text(), m.sentAt()));
    }

    @Override
    public void persistMessage(PersistRequest request) {
        CollaborationMessage message = request.getMessage();
        String text = Texts.require(message.getText(), "message", ChatStore.TEXT_MAX);
        UserInfo user = message.getUser();
        store.save(new ChatStore.StoredMessage(request.getTopicId(), user.getId(), user.getName(), text,
                message.getTime()));
    }
}
