package vn.toadam.board.ui;

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
import vn.toadam.base.UserFacingException;
import vn.toadam.board.BoardAudience;
import vn.toadam.board.ChatLine;
import vn.toadam.board.ChatPosted;
import vn.toadam.board.ChatService;
import vn.toadam.live.LiveBroadcaster;
import vn.toadam.workshop.ParticipantInfo;

/**
 * A group's chat, kept in the database: on opening the latest {@link ChatService#SHOWN_MAX} messages, then each new
 * message is stored by the service and pushed to the group's open screens, which add just that one. The text stays
 * in the field when it is refused, with the reason next to it.
 */
class GroupChat extends Composite<VerticalLayout> {

    private final ChatService chat;
    private final long participantId;
    private final String userKey;
    private final MessageList list = new MessageList();
    private final TextField input = new TextField();
    private final Button send = new Button(VaadinIcon.PAPERPLANE.create());

    GroupChat(ChatService chat, LiveBroadcaster broadcaster, ParticipantInfo me) {
        this.chat = chat;
        this.participantId = me.id();
        this.userKey = BoardAudience.participantKey(me.id());
        list.addClassName("chat-list");
        input.setMaxLength(ChatService.TEXT_MAX);
        input.setWidthFull();
        input.setId("chat-input");
        input.setManualValidation(true);
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
        broadcaster.bind(this, BoardAudience.groupChat(me.groupId()), event -> {
            if (event instanceof ChatPosted posted) {
                list.addItem(item(posted.message()));
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        input.setPlaceholder(getTranslation("chat.placeholder"));
        send.setAriaLabel(getTranslation("chat.send"));
        list.setItems(chat.recent(participantId).stream().map(this::item).toList());
    }

    private MessageListItem item(ChatLine message) {
        MessageListItem item = new MessageListItem(message.text(), message.sentAt(), message.authorName());
        item.setUserColorIndex(Math.floorMod(message.authorKey().hashCode(), 7));
        if (message.authorKey().equals(userKey)) {
            item.addThemeNames("mine");
        }
        return item;
    }

    private void submit() {
        try {
            chat.send(participantId, input.getValue());
            input.clear();
            input.setInvalid(false);
        } catch (UserFacingException refused) { // too long, too fast, workshop closed, removed: all shown here
            input.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
            input.setInvalid(true);
        }
    }
}
