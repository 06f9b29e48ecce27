package vn.toadam.board.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;

/** One column of a board (one card type) with its count; newest cards on top. */
class BoardColumn extends Div {

    private final Span count = new Span("0");
    private final Div cards = new Div();
    private final Map<Long, CardView> views = new HashMap<>();
    private final long me;
    private final CardView.BoardActions actions;
    private java.util.function.Predicate<CardSnapshot> filter = c -> true;

    BoardColumn(CardType type, long me, CardView.BoardActions actions) {
        this.me = me;
        this.actions = actions;
        addClassName("board-column");
        setId("column-" + type.name());
        getElement().setAttribute("data-type", type.name());
        count.addClassName("column-count");
        count.setId("count-" + type.name());
        count.getElement().getThemeList().add("badge pill");
        H3 title = new H3(getTranslation("card.type." + type));
        title.add(count);
        Div header = new Div(title);
        header.addClassName("column-header");
        cards.addClassName("column-cards");
        add(header, cards);
    }

    /** Adds, updates or removes the one card the snapshot is about. */
    void apply(CardSnapshot snapshot) {
        CardView view = views.get(snapshot.id());
        if (view != null && view.card().version() > snapshot.version()) {
            return; // an older event overtaken by a newer one
        }
        if (view != null && view.card().equals(snapshot)) {
            return; // the broadcast of what this screen already shows: redrawing would take away the keyboard focus
        }
        if (snapshot.deleted()) {
            if (view != null) {
                cards.remove(view);
                views.remove(snapshot.id());
            }
        } else {
            if (view == null) {
                view = new CardView(snapshot, me, actions);
                views.put(snapshot.id(), view);
                cards.addComponentAsFirst(view);
            } else {
                view.show(snapshot);
            }
            view.setVisible(filter.test(snapshot));
        }
        updateCount();
    }

    /** Shows only the cards that pass {@code filter} (e.g. those tied to one step). */
    void filter(java.util.function.Predicate<CardSnapshot> filter) {
        this.filter = filter;
        views.values().forEach(v -> v.setVisible(filter.test(v.card())));
        updateCount();
    }

    private void updateCount() {
        count.setText(Long.toString(views.values().stream().filter(CardView::isVisible).count()));
    }

    Optional<CardView> view(long cardId) {
        return Optional.ofNullable(views.get(cardId));
    }

    void refresh(long cardId) {
        CardView view = views.get(cardId);
        if (view != null) {
            view.show(view.card());
        }
    }
}
