package vn.toadam.board.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;
import vn.toadam.board.CardSnapshot;

/**
 * The one property a {@code <toadam-card>} element draws from (see META-INF/resources/toadam-card.js): what the
 * viewer sees of the card, which actions this viewer may take, and the labels in the viewer's language. The
 * services check every action again; {@code can} only decides which buttons are drawn.
 */
final class CardJson {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The parts of a card that come from elsewhere on the board. */
    record Context(long viewerId, String answersExcerpt, String stepLabel, List<BoardExtension.CardControl> controls) {
    }

    private CardJson() {
    }

    /**
     * {@code t} translates a key with its arguments, as {@code Component.getTranslation} does. The result may be shared
     * by every board showing the card the same way (see {@code CardView}): never change it once it is built.
     */
    static ObjectNode of(CardSnapshot card, Context context, BiFunction<String, Object[], String> t) {
        boolean mine = card.authorId() == context.viewerId();
        boolean reacted = card.reactorIds().contains(context.viewerId());
        ObjectNode json = NODES.objectNode();
        json.put("id", card.id());
        json.put("version", card.version());
        json.put("type", card.type().name());
        json.put("text", card.text());
        if (context.answersExcerpt() != null) {
            json.put("answers", t.apply("card.answers", new Object[] {context.answersExcerpt()}));
        }
        if (context.stepLabel() != null) {
            json.put("step", context.stepLabel());
        }
        json.put("meta", card.authorName()
                + (card.postedBy() == null ? "" : " (" + t.apply("card.posted-by", new Object[] {card.postedBy()}) + ")")
                + " · " + TIME.format(card.createdAt())
                + (card.updatedAt().isAfter(card.createdAt()) ? " · " + t.apply("card.edited", new Object[0]) : ""));
        json.put("reactions", card.reactionCount());
        json.put("reacted", reacted);
        ArrayNode can = json.putArray("can");
        if (!mine) {
            can.add("react");
        }
        can.add("reply");
        if (mine) {
            can.add("edit").add("delete");
        }
        ObjectNode labels = json.putObject("labels");
        labels.put("react", t.apply("card.react.label", new Object[] {card.reactionCount()}));
        labels.put("reactTip", t.apply(mine ? "card.react.own" : reacted ? "card.react.undo" : "card.react", new Object[0]));
        labels.put("reply", t.apply("card.reply", new Object[0]));
        if (mine) {
            labels.put("edit", t.apply("card.edit", new Object[0]));
            labels.put("delete", t.apply("card.delete", new Object[0]));
        }
        ArrayNode replies = json.putArray("replies");
        card.replies().forEach(r -> replies.addObject().put("author", r.authorName()).put("text", r.text()));
        if (!context.controls().isEmpty()) {
            ArrayNode controls = json.putArray("controls");
            context.controls().forEach(c -> {
                ObjectNode control = controls.addObject();
                if (c.key() != null) {
                    control.put("key", c.key()).put("label", c.ariaLabel());
                }
                if (c.tooltip() != null) {
                    control.put("title", c.tooltip());
                }
                control.put("cls", c.cssClass()).put("text", c.text()).put("theme", c.theme());
                ObjectNode data = control.putObject("data");
                c.data().forEach(data::put);
            });
        }
        return json;
    }
}
