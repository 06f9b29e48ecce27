package vn.toadam.live;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.Texts;

/**
 * A group's chat, kept in the database: on opening the latest {@link #SHOWN_MAX} messages, then each new message
 * is stored and pushed to the group's open screens, which add just that one. The text stays in the field when it
 * is refused, with the reason next to it.
 */
class GroupChat extends Composite<VerticalLayout> {

    static final int SHOWN_MAX = 200;

    private final ChatStore store;
    private final LiveBroadcaster broadcaster;
    private final Clock clock;
    private final String topic;
    private final String userKey;
    private final String name;
    private final MessageList list = new MessageList();
    private final TextField input = new TextField();
    private final Button send = new Button(VaadinIcon.PAPERPLANE.create());

    GroupChat(ChatStore store, LiveBroadcaster broadcaster, Clock clock, String topic, String userKey, String name) {
        this.store = store;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.topic = topic;
        this.userKey = userKey;
        this.name = name;
        list.addClassName("chat-list");
        input.setMaxLength(ChatStore.TEXT_MAX);
        input.setWidthFull();
        input.setId("chat-input");
        input.addKeyDownListener(Key.ENTER, e -> submit());
        send.setId("chat-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> submit());
        HorizontalLayout inputRow = new HorizontalLayout(input, send);
        inputRow.setWidthFull();
        inputRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.addClassName("group-chat");
        root.add(list, inputRow);
        root.setFlexGrow(1, list);
        broadcaster.bind(this, audience(topic), event -> {
            if (event instanceof ChatStore.StoredMessage message) {
                list.addItem(item(message));
            }
        });
    }

    static String audience(String topic) {
        return "chat:" + topic;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        input.setPlaceholder(getTranslation("chat.placeholder"));
        send.setAriaLabel(getTranslation("chat.send"));
        List<ChatStore.StoredMessage> messages = store.since(topic, Instant.EPOCH);
        list.setItems(messages.subList(Math.max(0, messages.size() - SHOWN_MAX), messages.size()).stream()
                .map(this::item).toList());
    }

    private MessageListItem item(ChatStore.StoredMessage message) {
        MessageListItem item = new MessageListItem(message.text(), message.sentAt(), message.authorName());
        item.setUserColorIndex(Math.floorMod(message.authorKey().hashCode(), 7));
        if (message.authorKey().equals(userKey)) {
            item.addThemeNames("mine");
        }
        return item;
    }

    private void submit() {
        try {
            String text = Texts.require(input.getValue(), "message", ChatStore.TEXT_MAX);
            ChatStore.StoredMessage message = new ChatStore.StoredMessage(topic, userKey, name, text, clock.instant());
            store.save(message);
            broadcaster.publish(audience(topic), message);
            input.clear();
            input.setInvalid(false);
        } catch (InvalidInputException e) {
            input.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            input.setInvalid(true);
        }
    }
}
