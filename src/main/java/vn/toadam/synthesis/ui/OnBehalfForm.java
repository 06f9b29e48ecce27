package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.base.ui.Notifications;
import vn.toadam.board.Card;
import vn.toadam.board.CardService;
import vn.toadam.board.CardType;
import vn.toadam.workshop.Participant;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/** The moderator types a card for a learner without a device; the card is marked as posted on their behalf. */
class OnBehalfForm extends Details {

    OnBehalfForm(WorkshopSummary workshop, WorkshopService workshops, CardService cards, String moderator) {
        setSummaryText(getTranslation("moderate.on-behalf"));
        setId("on-behalf");
        Select<WorkshopSummary.GroupInfo> group = new Select<>();
        group.setLabel(getTranslation("join.group"));
        group.setItems(workshop.groups());
        group.setItemLabelGenerator(WorkshopSummary.GroupInfo::name);
        group.setValue(workshop.groups().get(0));
        TextField name = new TextField(getTranslation("moderate.on-behalf.name"));
        name.setMaxLength(Participant.NAME_MAX);
        name.setId("on-behalf-name");
        Select<CardType> type = new Select<>();
        type.setLabel(getTranslation("card.type"));
        type.setItems(CardType.values());
        type.setItemLabelGenerator(t -> getTranslation("card.type." + t));
        type.setValue(CardType.ADVANTAGE);
        TextArea text = new TextArea(getTranslation("moderate.on-behalf.text"));
        text.setMaxLength(Card.TEXT_MAX);
        text.setWidth("28rem");
        text.setId("on-behalf-text");
        FieldErrors errors = new FieldErrors(Map.of("name", name, "text", text, "type", type));
        Button post = new Button(getTranslation("card.post"), e -> errors.attempt(() -> {
            ParticipantInfo learner = workshops.addLearnerWithoutDevice(group.getValue().id(), name.getValue());
            cards.postOnBehalf(learner.id(), type.getValue(), text.getValue(), moderator);
            text.clear();
            Notifications.success(getTranslation("moderate.on-behalf.done", learner.displayName()));
        }));
        post.setId("on-behalf-post");
        HorizontalLayout row = new HorizontalLayout(group, name, type, text, post);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row);
    }
}
