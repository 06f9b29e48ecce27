package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import vn.toadam.board.BoardAudience;
import vn.toadam.board.CardChanged;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.live.LiveBroadcaster;
import vn.toadam.security.Role;
import vn.toadam.synthesis.FacilitationChanged;
import vn.toadam.synthesis.FacilitationService;
import vn.toadam.synthesis.FacilitationView;
import vn.toadam.synthesis.ProjectedCard;
import vn.toadam.synthesis.ProjectorService;
import vn.toadam.synthesis.RecommendationService;
import vn.toadam.synthesis.RecommendationView;
import vn.toadam.synthesis.RecommendationsChanged;
import vn.toadam.synthesis.SynthesisAudience;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;
import vn.toadam.workshop.ui.JoinLinks;

/**
 * For the classroom projector, readable from the back of the room: join code, QR code and link, the phase and
 * countdown, and either the live card counts per group, the card the moderator chose, or the recommendations.
 */
@Route("projector/:id")
@RolesAllowed({Role.TRAINER_NAME, Role.MODERATOR_NAME})
class ProjectorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService workshops;
    private final CardService cardService;
    private final FacilitationService facilitation;
    private final RecommendationService recommendations;
    private final ProjectorService projector;
    private final LiveBroadcaster broadcaster;
    private final JoinLinks joinLinks;

    private WorkshopSummary workshop;
    /** The workshop's cards not deleted, to count each card once whatever events repeat it. */
    private final Map<Long, CardSnapshot> cards = new HashMap<>();
    private final Map<Long, Long> counts = new HashMap<>();
    private final Map<Long, Bar> bars = new java.util.LinkedHashMap<>();
    private final Span phase = new Span();
    private final CountdownClock clock = new CountdownClock();
    private final Div stage = new Div();
    private final Tab countsTab = new Tab();
    private final Tab cardTab = new Tab();
    private final Tab recommendationsTab = new Tab();
    private final Tabs modes = new Tabs();
    private ProjectedCard projected;

    ProjectorView(WorkshopService workshops, CardService cardService, FacilitationService facilitation,
                  RecommendationService recommendations, ProjectorService projector, LiveBroadcaster broadcaster,
                  JoinLinks joinLinks) {
        this.projector = projector;
        this.workshops = workshops;
        this.cardService = cardService;
        this.facilitation = facilitation;
        this.recommendations = recommendations;
        this.broadcaster = broadcaster;
        this.joinLinks = joinLinks;
        addClassName("projector");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (workshop == null) {
            vn.toadam.workshop.ui.WorkshopRoutes.workshop(event, workshops).ifPresent(w -> {
                workshop = w;
                build();
            });
        }
    }

    private void build() {
        workshop.groups().forEach(g -> counts.put(g.id(), 0L));
        cardService.workshopCards(workshop.id()).forEach(this::count);
        String url = joinLinks.joinUrl(workshop.joinCode());
        Div code = new Div(workshop.joinCode());
        code.addClassName("projector-code");
        code.setId("projector-code");
        Div join = new Div(new Span(getTranslation("projector.join")), code, new Span(url));
        join.addClassName("projector-join");
        Image qr = new Image(JoinLinks.qrSvgDataUrl(url), getTranslation("workshop.qr.alt"));
        qr.addClassName("projector-qr");
        phase.setId("projector-phase");
        Div status = new Div(phase, clock);
        status.addClassName("projector-status");
        Div top = new Div(new Div(new Span(workshop.title()), status), join, qr);
        top.addClassName("projector-top");
        countsTab.setLabel(getTranslation("projector.counts"));
        cardTab.setLabel(getTranslation("projector.card"));
        recommendationsTab.setLabel(getTranslation("projector.recommendations"));
        modes.add(countsTab, cardTab, recommendationsTab);
        modes.setId("projector-modes");
        modes.addSelectedChangeListener(e -> render());
        stage.addClassName("projector-stage");
        stage.setId("projector-stage");
        add(top, stage, modes);
        showState(facilitation.view(workshop.id()));
        for (WorkshopSummary.GroupInfo g : workshop.groups()) {
            broadcaster.bind(this, BoardAudience.group(g.id()), event -> {
                if (event instanceof CardChanged changed) {
                    count(changed.card());
                    followProjected(changed.card());
                }
            });
        }
        broadcaster.bind(this, SynthesisAudience.workshop(workshop.id()), event -> {
            if (event instanceof FacilitationChanged changed) {
                showState(changed.facilitation());
            } else if (event instanceof ProjectedCard card) {
                projected = card;
                if (card.showsCard()) {
                    modes.setSelectedTab(cardTab);
                }
                render();
            } else if (event instanceof RecommendationsChanged && modes.getSelectedTab() == recommendationsTab) {
                render();
            }
        });
        // read once listening, so a card chosen meanwhile is not missed; it may have been chosen on another node
        projected = projector.current(workshop.id());
        if (projected.showsCard()) {
            modes.setSelectedTab(cardTab);
        }
        render();
    }

    private void showState(FacilitationView state) {
        phase.setText(getTranslation("phase." + state.phase()));
        phase.getElement().setAttribute("data-phase", state.phase().name());
        clock.show(state.timerEndsAt());
    }

    private void render() {
        stage.removeAll();
        if (modes.getSelectedTab() == cardTab) {
            if (!projected.showsCard()) {
                stage.add(new Paragraph(getTranslation("projector.card.none")));
            } else {
                Div card = new Div(new Span(projected.groupName() + " · "
                        + getTranslation("card.type." + projected.card().type())), new Paragraph(projected.card().text()));
                card.addClassName("projector-card");
                stage.add(card);
            }
        } else if (modes.getSelectedTab() == recommendationsTab) {
            int n = 1;
            for (RecommendationView r : recommendations.list(workshop.id())) {
                Paragraph line = new Paragraph(n++ + ". " + r.title());
                line.addClassName("projector-recommendation");
                stage.add(line);
            }
        } else {
            bars.clear();
            for (WorkshopSummary.GroupInfo g : workshop.groups()) {
                Bar bar = new Bar();
                bars.put(g.id(), bar);
                stage.add(bar.row(g.name()));
            }
            showCounts();
        }
    }

    /**
     * The shown card's author edited it: the room reads the new text. Deleted or hidden, it leaves the screen at once
     * (the stored projection is removed with it, and that comes as a ProjectedCard too).
     */
    private void followProjected(CardSnapshot card) {
        if (projected.showsCard() && projected.card().id() == card.id() && (card.deleted() || card.hidden())) {
            projected = ProjectedCard.none(projected.workshopId());
            if (modes.getSelectedTab() == cardTab) {
                render();
            }
        } else if (projected.showsCard() && projected.card().id() == card.id()
                && projected.card().version() < card.version()) {
            boolean edited = !projected.card().text().equals(card.text());
            projected = projected.with(card);
            if (edited && modes.getSelectedTab() == cardTab) {
                render();
            }
        }
    }

    /** Keeps the number of cards per group from each card's event; the bars change only if a number did. */
    private void count(CardSnapshot card) {
        CardSnapshot known = cards.get(card.id());
        if (known != null && known.version() > card.version()) {
            return;
        }
        boolean was = known != null && !known.deleted();
        if (card.deleted()) {
            cards.remove(card.id());
        } else {
            cards.put(card.id(), card);
        }
        if (was != !card.deleted()) {
            counts.merge(card.groupId(), card.deleted() ? -1L : 1L, Long::sum);
            if (modes.getSelectedTab() == countsTab) {
                showCounts();
            }
        }
    }

    private void showCounts() {
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        bars.forEach((groupId, bar) -> bar.show(counts.getOrDefault(groupId, 0L), max));
    }

    /** One group's bar; its number and width are set again only when they change. */
    private static final class Bar {
        private final Div fill = new Div();
        private final Span number = new Span();
        private Div row;
        private long shownCount = -1;
        private String shownWidth;

        Div row(String groupName) {
            fill.addClassName("bar-fill");
            number.addClassName("projector-count");
            Div bar = new Div(fill, number);
            bar.addClassName("bar");
            row = new Div(new Span(groupName), bar);
            row.addClassName("projector-group");
            return row;
        }

        void show(long count, long max) {
            if (count != shownCount) {
                shownCount = count;
                number.setText(String.valueOf(count));
                row.getElement().setAttribute("data-count", String.valueOf(count));
            }
            String width = Math.max(2, 100 * count / max) + "%";
            if (!width.equals(shownWidth)) {
                shownWidth = width;
                fill.getStyle().set("width", width);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projector.title") + (workshop == null ? "" : " · " + workshop.title());
    }
}
