package vn.toadam.live;

import com.vaadin.collaborationengine.CollaborationMessageList;
import com.vaadin.collaborationengine.CollaborationMessagePersister;
import com.vaadin.collaborationengine.CollaborationMessageSubmitter;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.Texts;

/**
 * A persisted chat for one topic: Collaboration Kit's message list with our own input, so the length limit is
 * shown next to the field and the text stays there when it is refused.
 */
class GroupChat extends Composite<VerticalLayout> {

    private final TextField input = new TextField();
    private final Button send = new Button(VaadinIcon.PAPERPLANE.create());
    private Registration sendRegistration;

    GroupChat(String topic, String userKey, String name, CollaborationMessagePersister persister) {
        CollaborationMessageList list = new CollaborationMessageList(new UserInfo(userKey, name), topic,
                persister);
        list.addClassName("chat-list");
        list.setSubmitter(activation -> {
            sendRegistration = send.addClickListener(e -> submit(activation));
            Registration enter = input.addKeyDownListener(Key.ENTER, e -> submit(activation));
            send.setEnabled(true);
            return () -> {
                sendRegistration.remove();
                enter.remove();
                send.setEnabled(false);
            };
        });
        input.setMaxLength(ChatStore.TEXT_MAX);
        input.setWidthFull();
        input.setId("chat-input");
        send.setId("chat-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(false);
        HorizontalLayout inputRow = new HorizontalLayout(input, send);
        inputRow.setWidthFull();
        inputRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.addClassName("group-chat");
        root.add(list, inputRow);
        root.setFlexGrow(1, list);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        input.setPlaceholder(getTranslation("chat.placeholder"));
        send.setAriaLabel(getTranslation("chat.send"));
    }

    private void submit(CollaborationMessageSubmitter.ActivationContext activation) {
        try {
            String text = Texts.require(input.getValue(), "message", ChatStore.TEXT_MAX);
            activation.appendMessage(text);
            input.clear();
            input.setInvalid(false);
        } catch (InvalidInputException e) {
            input.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            input.setInvalid(true);
        }
    }
}
