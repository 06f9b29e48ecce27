package vn.toadam.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.board.BoardAudience;
import vn.toadam.board.CardChanged;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.board.CardVisibility;
import vn.toadam.board.ChatService;
import vn.toadam.board.StepCatalog;
import vn.toadam.live.LiveBroadcaster;
import vn.toadam.live.LiveComponents;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.ui.ParticipantSessions;

/**
 * A group's board: four columns of cards that every member of the group sees change live, who is here, and the
 * group chat. Only the participant's own group is shown.
 */
@Route(value = "board/:code", layout = MainLayout.class)
@AnonymousAllowed
@JavaScript("context://toadam-card.js")
public class BoardView extends Div implements BeforeEnterObserver, HasDynamicTitle, CardView.BoardActions {

    private final CardService cardService;
    private final ChatService chatService;
    private final ParticipantSessions sessions;
    private final LiveBroadcaster broadcaster;
    private final LiveComponents live;
    private final StepCatalog stepCatalog;
    private List<StepCatalog.StepOption> steps = List.of();
    private final Map<Long, CardSnapshot> cards = new LinkedHashMap<>();
    private final Map<CardType, BoardColumn> columns = new EnumMap<>(CardType.class);
    private ParticipantInfo me;
    private CardComposer composer;
    private final List<BoardExtension> extensions;
    private List<BoardExtension.AddOn> addOns = List.of();
    private final List<CardVisibility> visibility;
    private final vn.toadam.workshop.WorkshopService workshops;
    private java.util.function.Predicate<CardSnapshot> visible = c -> true;
    private boolean showAuthors = true;

    BoardView(CardService cardService, ParticipantSessions sessions, LiveBroadcaster broadcaster,
              LiveComponents live, StepCatalog stepCatalog, List<BoardExtension> extensions,
              List<CardVisibility> visibility, vn.toadam.workshop.WorkshopService workshops, ChatService chatService) {
        this.chatService = chatService;
        this.workshops = workshops;
        this.visibility = visibility;
        this.extensions = extensions;
        this.stepCatalog = stepCatalog;
        this.cardService = cardService;
        this.sessions = sessions;
        this.broadcaster = broadcaster;
        this.live = live;
        addClassName("board-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessions.currentOrJoin(event).ifPresent(participant -> {
            if (me == null) {
                me = participant;
                build();
            }
        });
    }

    private void build() {
        H2 title = new H2(me.workshopTitle());
        Span group = new Span(me.groupName());
        group.getElement().getThemeList().add("badge");
        group.setId("board-group");
        Span who = new Span(getTranslation("board.you", me.displayName()));
        who.addClassName("board-you");
        Component avatars = live.avatars(BoardAudience.group(me.groupId()), BoardAudience.participantKey(me.id()),
                me.displayName());
        HorizontalLayout header = new HorizontalLayout(title, group, who, avatars);
        header.addClassName("board-header");
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWrap(true);

        steps = stepCatalog.steps(me.workshopId());
        Anchor practice = new Anchor("practice/" + me.workshopCode(), getTranslation("board.to-practice"));
        practice.setId("to-practice");
        practice.setVisible(!steps.isEmpty());
        header.add(practice);
        boolean moderator = workshops.participant(me.id())
                .map(p -> p.role() == vn.toadam.workshop.ParticipantRole.MODERATOR).orElse(false);
        if (moderator) {
            Anchor moderate = new Anchor("moderate-as/" + me.workshopCode(), getTranslation("board.to-moderate"));
            moderate.setId("to-moderate");
            header.add(moderate);
        }
        composer = new CardComposer((type, text, answers, step, key) -> {
            CardSnapshot posted = cardService.post(me.id(), type, text, answers, step, key);
            applied(posted);
            return posted;
        }, this::difficulties, steps);
        ComboBox<StepCatalog.StepOption> filter = new ComboBox<>();
        filter.setPlaceholder(getTranslation("board.filter.step"));
        filter.setAriaLabel(getTranslation("board.filter.step"));
        filter.setItems(steps);
        filter.setItemLabelGenerator(o -> o.label(getLocale()));
        filter.setClearButtonVisible(true);
        filter.setId("step-filter");
        filter.addClassName("step-filter");
        filter.setVisible(!steps.isEmpty());
        filter.addValueChangeListener(e -> columns.values().forEach(column -> column.filter(
                e.getValue() == null ? c -> true : c -> Objects.equals(c.stepId(), e.getValue().stepId()))));
        Div grid = new Div();
        grid.addClassName("board-columns");
        listenToCards(grid);
        for (CardType type : CardType.values()) {
            BoardColumn column = new BoardColumn(type, me.id(), this);
            columns.put(type, column);
            grid.add(column);
        }
        Div chat = new Div(new H3(getTranslation("chat.title")),
                new GroupChat(chatService, broadcaster, me));
        chat.addClassName("board-chat");
        addOns = extensions.stream().map(x -> x.attach(me, new BoardExtension.Refresh() {
            @Override
            public void card(long cardId) {
                CardSnapshot card = cards.get(cardId);
                if (card != null) {
                    columns.get(card.type()).refresh(cardId);
                }
            }

            @Override
            public void allCards() {
                cards.values().forEach(c -> columns.get(c.type()).refresh(c.id()));
            }

            @Override
            public void reload() {
                List.copyOf(cards.values()).forEach(c -> applied(c.asRemoved()));
                loadCards();
            }
        })).toList();
        Div main = new Div();
        addOns.forEach(addOn -> main.add(addOn.header()));
        main.add(composer, filter, grid);
        main.addClassName("board-main");
        Div body = new Div(main, chat);
        body.addClassName("board-body");
        add(header, body);

        loadCards();
        broadcaster.bind(this, BoardAudience.group(me.groupId()), event -> {
            if (event instanceof CardChanged changed) {
                applied(changed.card());
            }
        });
    }

    /** One listener for every card of the board: what a learner pressed on a {@code <toadam-card>}. */
    private void listenToCards(Div grid) {
        grid.getElement().addEventListener("card-action", e -> {
            elemental.json.JsonObject data = e.getEventData();
            String action = data.getString("event.detail.action");
            long cardId = (long) data.getNumber("event.detail.card");
            String payload = data.hasKey("event.detail.payload") ? data.getString("event.detail.payload") : "";
            find(cardId).flatMap(c -> columns.get(c.type()).view(cardId)).ifPresent(view -> view.pressed(action, payload));
        }).addEventData("event.detail.action").addEventData("event.detail.card")
                .addEventData("event.detail.payload");
    }

    private void loadCards() {
        List<java.util.function.Predicate<CardSnapshot>> filters = visibility.stream().map(v -> v.filterFor(me)).toList();
        visible = c -> !c.hidden() && filters.stream().allMatch(f -> f.test(c));
        showAuthors = visibility.stream().allMatch(v -> v.showsAuthors(me.workshopId()));
        cardService.board(me.id()).forEach(c -> remember(shown(c)));
        cards.values().forEach(c -> columns.get(c.type()).apply(c));
        composer.refreshAnswers();
    }

    /** The card as this learner may see it: gone if hidden or not revealed, authors masked if anonymous. */
    private CardSnapshot shown(CardSnapshot card) {
        if (!visible.test(card)) {
            return card.asRemoved();
        }
        return showAuthors ? card : card.withAuthorsShownAs(getTranslation("card.anonymous"), me.id());
    }

    private void remember(CardSnapshot snapshot) {
        if (snapshot.deleted()) {
            cards.remove(snapshot.id());
        } else {
            cards.put(snapshot.id(), snapshot);
        }
    }

    /** Shows one card's new state; the same snapshot may arrive twice (own answer and broadcast). */
    @Override
    public void applied(CardSnapshot received) {
        CardSnapshot snapshot = shown(received);
        remember(snapshot);
        columns.get(snapshot.type()).apply(snapshot);
        if (snapshot.type() == CardType.DIFFICULTY) {
            composer.refreshAnswers();
            cards.values().stream()
                    .filter(c -> Objects.equals(c.answersCardId(), snapshot.id()))
                    .forEach(c -> columns.get(CardType.SOLUTION).refresh(c.id()));
        }
    }

    @Override
    public CardSnapshot edit(long cardId, long seenVersion, String text, Long answersCardId, Long stepId) {
        return cardService.edit(me.id(), cardId, seenVersion, text, answersCardId, stepId);
    }

    @Override
    public Optional<StepCatalog.StepOption> step(Long stepId) {
        return stepId == null ? Optional.empty() : steps.stream().filter(s -> s.stepId() == stepId).findFirst();
    }

    @Override
    public List<StepCatalog.StepOption> steps() {
        return steps;
    }

    @Override
    public CardSnapshot delete(long cardId) {
        return cardService.delete(me.id(), cardId);
    }

    @Override
    public CardSnapshot toggleReaction(long cardId) {
        return cardService.toggleReaction(me.id(), cardId);
    }

    @Override
    public CardSnapshot reply(long cardId, String text) {
        return cardService.reply(me.id(), cardId, text);
    }

    @Override
    public Optional<CardSnapshot> find(long cardId) {
        return Optional.ofNullable(cards.get(cardId));
    }

    @Override
    public List<BoardExtension.CardControl> cardControls(CardSnapshot card) {
        return addOns.stream().flatMap(a -> a.cardControls(card).stream()).toList();
    }

    @Override
    public void controlPressed(String key, CardSnapshot card) {
        addOns.forEach(a -> a.pressed(key, card));
    }

    @Override
    public List<CardSnapshot> difficulties() {
        return cards.values().stream().filter(c -> c.type() == CardType.DIFFICULTY)
                .sorted(Comparator.comparing(CardSnapshot::createdAt)).toList();
    }

    @Override
    public String getPageTitle() {
        return me == null ? "Tọa Đàm" : me.groupName() + " · " + me.workshopTitle();
    }
}
