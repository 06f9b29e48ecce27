package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.board.BoardAudience;
import vn.toadam.board.CardChanged;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.live.LiveBroadcaster;
import vn.toadam.security.Role;
import vn.toadam.synthesis.CardSearch;
import vn.toadam.synthesis.FacilitationChanged;
import vn.toadam.synthesis.FacilitationService;
import vn.toadam.synthesis.FacilitationView;
import vn.toadam.synthesis.RecommendationService;
import vn.toadam.synthesis.RecommendationsChanged;
import vn.toadam.synthesis.SynthesisAudience;
import vn.toadam.synthesis.VoteService;
import vn.toadam.synthesis.VotesChanged;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/**
 * The moderator's screen: every group side by side, live; filters by kind and group, a search that ignores
 * accents; and the room's controls: phase, countdown, voting limits.
 */
@Route(value = "moderate/:id", layout = MainLayout.class)
@RolesAllowed({Role.TRAINER_NAME, Role.MODERATOR_NAME})
class ModeratorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService workshops;
    private final CardService cardService;
    private final FacilitationService facilitation;
    private final VoteService votes;
    private final LiveBroadcaster broadcaster;
    private final RecommendationService recommendationService;
    private final java.util.Set<Long> selected = new java.util.LinkedHashSet<>();
    private RecommendationsPanel recommendations;
    private final vn.toadam.synthesis.ModerationService moderation;
    private final vn.toadam.synthesis.ProjectorService projection;
    /** The card on the workshop's projector, null for none: its row offers to take it off. */
    private Long projectedCardId;
    private final com.vaadin.flow.spring.security.AuthenticationContext authentication;
    private final vn.toadam.live.LiveComponents live;
    private ModerationPanel moderationPanel;
    private final Checkbox hideUntilReveal = new Checkbox();
    private final vn.toadam.synthesis.SolutionMatcher matcher;
    private final vn.toadam.synthesis.RecommendationDrafter drafter;
    private final vn.toadam.synthesis.EarlierRecommendations earlier;
    private final Checkbox anonymous = new Checkbox();

    private WorkshopSummary workshop;
    private FacilitationView state;
    private final Map<Long, CardSnapshot> cards = new LinkedHashMap<>();
    private Map<Long, Integer> totals = new HashMap<>();
    private final Map<Long, Div> columns = new HashMap<>();
    /** Per group, the rows on screen by card id: one card's event touches only its own row. */
    private final Map<Long, Map<Long, Div>> shownItems = new HashMap<>();
    private final Map<Long, Paragraph> emptyNotes = new HashMap<>();
    private final Map<Long, String> groupNames = new HashMap<>();
    private final Span phase = new Span();
    private final CountdownClock clock = new CountdownClock();
    private final Checkbox reopened = new Checkbox();
    private final IntegerField perPerson = new IntegerField();
    private final IntegerField perCard = new IntegerField();
    private final TextField search = new TextField();
    private final CheckboxGroup<CardType> kinds = new CheckboxGroup<>();
    private final CheckboxGroup<WorkshopSummary.GroupInfo> shownGroups = new CheckboxGroup<>();
    private final vn.toadam.synthesis.CardThemes cardThemes;
    private final vn.toadam.synthesis.ThemeLinks themeLinks;
    private final vn.toadam.synthesis.ThesaurusService thesaurus;

    ModeratorView(WorkshopService workshops, CardService cardService, FacilitationService facilitation,
                  VoteService votes, LiveBroadcaster broadcaster, RecommendationService recommendationService,
                  vn.toadam.synthesis.ModerationService moderation,
                  com.vaadin.flow.spring.security.AuthenticationContext authentication,
                  vn.toadam.live.LiveComponents live, vn.toadam.synthesis.CardThemes cardThemes,
                  vn.toadam.synthesis.SolutionMatcher matcher, vn.toadam.synthesis.RecommendationDrafter drafter,
                  vn.toadam.synthesis.EarlierRecommendations earlier, vn.toadam.synthesis.ThemeLinks themeLinks,
                  vn.toadam.synthesis.ThesaurusService thesaurus, vn.toadam.synthesis.ProjectorService projection) {
        this.projection = projection;
        this.themeLinks = themeLinks;
        this.thesaurus = thesaurus;
        this.cardThemes = cardThemes;
        this.matcher = matcher;
        this.drafter = drafter;
        this.earlier = earlier;
        this.live = live;
        this.authentication = authentication;
        this.moderation = moderation;
        this.recommendationService = recommendationService;
        this.workshops = workshops;
        this.cardService = cardService;
        this.facilitation = facilitation;
        this.votes = votes;
        this.broadcaster = broadcaster;
        addClassName("moderator-view");
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
        state = facilitation.view(workshop.id());
        cardService.workshopCards(workshop.id()).forEach(c -> cards.put(c.id(), c));
        totals = new HashMap<>(votes.workshopTotals(workshop.id()));
        com.vaadin.flow.component.html.Anchor projector = new com.vaadin.flow.component.html.Anchor(
                "projector/" + workshop.id(), getTranslation("moderate.open-projector"));
        projector.setTarget("_blank");
        projector.setId("open-projector");
        com.vaadin.flow.component.html.Anchor exports = new com.vaadin.flow.component.html.Anchor(
                "trainer/workshops/" + workshop.id(), getTranslation("moderate.exports"));
        exports.setId("open-exports");
        Div links = new Div(projector, new Span(" · "), exports);
        add(new H2(workshop.title()), links, controls(),
                new OnBehalfForm(workshop, workshops, cardService, authentication.getPrincipalName().orElse("")),
                filters());
        Div grid = new Div();
        grid.addClassName("moderator-columns");
        for (WorkshopSummary.GroupInfo g : workshop.groups()) {
            Div list = new Div();
            list.addClassName("moderator-cards");
            Button reveal = new Button(getTranslation("moderate.reveal.group"),
                    e -> showState(facilitation.reveal(workshop.id(), g.id())));
            reveal.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reveal.addClassName("reveal-group");
            Div column = new Div(new H3(g.name()), reveal, list);
            column.addClassName("moderator-column");
            column.setId("group-" + g.position());
            columns.put(g.id(), list);
            grid.add(column);
            broadcaster.bind(this, BoardAudience.group(g.id()), this::onGroupEvent);
        }
        add(grid);
        String userKey = "account-" + authentication.getPrincipalName().orElse("?");
        String userName = authentication.getPrincipalName().orElse("?");
        recommendations = new RecommendationsPanel(workshop.id(), recommendationService, () -> selected, () -> {
            selected.clear();
            render();
            recommendations.selectionChanged();
        }, (r, fields) -> live.shareForm(RecommendationForm.class, "recommendation/" + r.id(), userKey, userName,
                fields, () -> RecommendationForm.of(r)));
        workshop.groups().forEach(g -> groupNames.put(g.id(), g.name()));
        ThemesPanel themes = new ThemesPanel(cardThemes, themeLinks, workshop.id(), () -> cards.values().stream().filter(c -> !c.deleted() && !c.hidden()).toList(),
                () -> groupNames, recommendations::createFromTheme);
        moderationPanel = new ModerationPanel(workshop.id(), moderation, workshops,
                authentication.hasRole(vn.toadam.security.Role.TRAINER_NAME));
        themes.onDraft(ids -> drafter.draft(workshop.id(), ids, getLocale()));
        if (authentication.hasRole(vn.toadam.security.Role.TRAINER_NAME)) {
            themes.onSaveToThesaurus(thesaurus);
        }
        AnswersPanel answers = new AnswersPanel(workshop.id(), matcher, drafter, earlier);
        Div synthesis = new Div(themes, answers, recommendations, moderationPanel);
        synthesis.addClassName("moderator-synthesis");
        add(synthesis);
        broadcaster.bind(this, SynthesisAudience.workshop(workshop.id()), event -> {
            if (event instanceof FacilitationChanged changed && changed.facilitation().version() >= state.version()) {
                showState(changed.facilitation());
            } else if (event instanceof RecommendationsChanged) {
                recommendations.reload();
            } else if (event instanceof vn.toadam.synthesis.ProjectedCard projected) {
                showProjected(projected);
            }
        });
        projectedCardId = projectedId(projection.current(workshop.id()));
        broadcaster.bind(this, SynthesisAudience.moderators(workshop.id()), event -> {
            if (event instanceof vn.toadam.synthesis.ModerationLogged logged) {
                moderationPanel.logged(logged);
            } else if (event instanceof vn.toadam.workshop.ParticipantJoined joined) {
                moderationPanel.joined(joined.participant());
            } else if (event instanceof vn.toadam.synthesis.ModeratorLinksChanged changed
                    && !changed.madeBy().equals(userName)) { // this screen shows its own change already
                answers.refreshIfShown();
                themes.refreshIfShown();
            }
        });
        showState(state);
        render();
    }

    private Div controls() {
        phase.setId("moderator-phase");
        phase.getElement().getThemeList().add("badge");
        Button back = new Button(VaadinIcon.ARROW_LEFT.create(), e -> showState(facilitation.back(workshop.id())));
        back.setId("phase-back");
        back.setAriaLabel(getTranslation("moderate.phase.back"));
        back.setTooltipText(getTranslation("moderate.phase.back"));
        Button forward = new Button(getTranslation("moderate.phase.forward"), VaadinIcon.ARROW_RIGHT.create(),
                e -> showState(facilitation.forward(workshop.id())));
        forward.setIconAfterText(true);
        forward.setId("phase-forward");
        forward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reopened.setLabel(getTranslation("moderate.reopen-posting"));
        reopened.setId("reopen-posting");
        reopened.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showState(facilitation.reopenPosting(workshop.id(), e.getValue()));
            }
        });
        hideUntilReveal.setLabel(getTranslation("moderate.hide-until-reveal"));
        hideUntilReveal.setId("hide-until-reveal");
        hideUntilReveal.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showState(facilitation.hideUntilReveal(workshop.id(), e.getValue()));
            }
        });
        anonymous.setLabel(getTranslation("moderate.anonymous"));
        anonymous.setId("anonymous");
        anonymous.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showState(facilitation.anonymous(workshop.id(), e.getValue()));
            }
        });
        Button revealAll = new Button(getTranslation("moderate.reveal.all"),
                e -> showState(facilitation.reveal(workshop.id(), null)));
        revealAll.setId("reveal-all");
        HorizontalLayout phaseRow = new HorizontalLayout(new Span(getTranslation("moderate.phase")), phase, back,
                forward, reopened, hideUntilReveal, revealAll, anonymous);
        phaseRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        phaseRow.setWrap(true);

        IntegerField minutes = new IntegerField(getTranslation("moderate.timer.minutes"));
        minutes.setMin(1);
        minutes.setMax(FacilitationService.TIMER_MINUTES_MAX);
        minutes.setValue(10);
        minutes.setStepButtonsVisible(true);
        minutes.setId("timer-minutes");
        FieldErrors timerErrors = new FieldErrors(Map.of("minutes", minutes));
        Button start = new Button(getTranslation("moderate.timer.start"), e -> timerErrors.attempt(() ->
                showState(facilitation.startTimer(workshop.id(), minutes.getValue()))));
        start.setId("timer-start");
        Button stop = new Button(getTranslation("moderate.timer.stop"),
                e -> showState(facilitation.stopTimer(workshop.id())));
        stop.setId("timer-stop");
        perPerson.setLabel(getTranslation("moderate.votes.per-person"));
        perPerson.setMin(1);
        perPerson.setMax(FacilitationService.VOTES_PER_PERSON_MAX);
        perPerson.setId("votes-per-person");
        perCard.setLabel(getTranslation("moderate.votes.per-card"));
        perCard.setMin(1);
        perCard.setId("votes-per-card");
        FieldErrors voteErrors = new FieldErrors(Map.of("votesPerPerson", perPerson, "votesPerCard", perCard));
        Button saveVotes = new Button(getTranslation("action.save"), e -> voteErrors.attempt(() ->
                showState(facilitation.limitVotes(workshop.id(), perPerson.getValue(), perCard.getValue()))));
        saveVotes.setId("votes-save");
        HorizontalLayout timerRow = new HorizontalLayout(minutes, start, stop, clock, perPerson, perCard, saveVotes);
        timerRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        timerRow.setWrap(true);
        Div controls = new Div(phaseRow, timerRow);
        controls.addClassName("moderator-controls");
        return controls;
    }

    private HorizontalLayout filters() {
        search.setPlaceholder(getTranslation("moderate.search"));
        search.setAriaLabel(getTranslation("moderate.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("moderator-search");
        search.addValueChangeListener(e -> render());
        kinds.setItems(CardType.values());
        kinds.setItemLabelGenerator(t -> getTranslation("card.type." + t));
        kinds.setValue(EnumSet.allOf(CardType.class));
        kinds.setId("moderator-kinds");
        kinds.addValueChangeListener(e -> render());
        shownGroups.setItems(workshop.groups());
        shownGroups.setItemLabelGenerator(WorkshopSummary.GroupInfo::name);
        shownGroups.setValue(new java.util.HashSet<>(workshop.groups()));
        shownGroups.setId("moderator-groups");
        shownGroups.addValueChangeListener(e -> render());
        HorizontalLayout row = new HorizontalLayout(search, kinds, shownGroups);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        return row;
    }

    private void showState(FacilitationView view) {
        state = view;
        phase.setText(getTranslation("phase." + view.phase()));
        phase.getElement().setAttribute("data-phase", view.phase().name());
        reopened.setValue(view.postingReopened());
        hideUntilReveal.setValue(view.hideUntilReveal());
        anonymous.setValue(view.anonymous());
        reopened.setEnabled(!view.phase().name().equals("POSTING") && !view.phase().name().equals("DISCUSSION"));
        clock.show(view.timerEndsAt());
        perPerson.setValue(view.votesPerPerson());
        perCard.setValue(view.votesPerCard());
    }

    /**
     * A card changed or got votes: only that card's row is added, replaced or removed, in the place the whole
     * column would give it; the other rows stay as they are and nothing is read from the database.
     */
    private void onGroupEvent(Object event) {
        if (event instanceof CardChanged changed) {
            CardSnapshot card = changed.card();
            CardSnapshot known = cards.get(card.id());
            if (known == null || known.version() <= card.version()) {
                cards.put(card.id(), card);
                showCard(card.id(), card.groupId());
            }
            if (!card.deleted()) {
                moderationPanel.cardSeen(card, groupNames.get(card.groupId()));
            }
        } else if (event instanceof VotesChanged changed) {
            totals.put(changed.cardId(), changed.total());
            if (cards.containsKey(changed.cardId())) {
                showCard(changed.cardId(), changed.groupId());
            }
        }
    }

    private void showProjected(vn.toadam.synthesis.ProjectedCard projected) {
        Long before = projectedCardId;
        projectedCardId = projectedId(projected);
        java.util.stream.Stream.of(before, projectedCardId).filter(java.util.Objects::nonNull).distinct()
                .map(cards::get).filter(java.util.Objects::nonNull).forEach(c -> showCard(c.id(), c.groupId()));
    }

    private static Long projectedId(vn.toadam.synthesis.ProjectedCard projected) {
        return projected.showsCard() ? projected.card().id() : null;
    }

    private void render() {
        workshop.groups().forEach(g -> renderGroup(g.id()));
    }

    private void renderGroup(long groupId) {
        Div list = columns.get(groupId);
        Map<Long, Div> items = shownItems.computeIfAbsent(groupId, id -> new HashMap<>());
        list.removeAll();
        items.clear();
        boolean shown = isShown(groupId);
        list.getParent().ifPresent(column -> column.setVisible(shown));
        if (shown) {
            shownCards(groupId).forEach(c -> {
                Div item = cardItem(c);
                items.put(c.id(), item);
                list.add(item);
            });
        }
        markEmpty(groupId);
    }

    private void showCard(long cardId, long groupId) {
        Div list = columns.get(groupId);
        Map<Long, Div> items = shownItems.computeIfAbsent(groupId, id -> new HashMap<>());
        Div old = items.remove(cardId);
        if (old != null) {
            list.remove(old);
        }
        List<CardSnapshot> shown = isShown(groupId) ? shownCards(groupId) : List.of();
        for (int position = 0; position < shown.size(); position++) {
            if (shown.get(position).id() == cardId) {
                Div item = cardItem(shown.get(position));
                items.put(cardId, item);
                list.addComponentAtIndex(position, item); // the rows before it are exactly the cards before it
                break;
            }
        }
        markEmpty(groupId);
    }

    private boolean isShown(long groupId) {
        return shownGroups.getValue().stream().anyMatch(g -> g.id() == groupId);
    }

    /** A group's cards as its column lists them: not deleted, of the chosen kinds, matching the search. */
    private List<CardSnapshot> shownCards(long groupId) {
        List<CardSnapshot> groupCards = cards.values().stream()
                .filter(c -> c.groupId() == groupId && !c.deleted() && kinds.getValue().contains(c.type())).toList();
        return search.getValue().isBlank() ? groupCards
                : CardSearch.filter(search.getValue(), groupCards, CardSnapshot::text);
    }

    /** "No cards" under a shown column without any; the note is the column's last child when present. */
    private void markEmpty(long groupId) {
        Div list = columns.get(groupId);
        Paragraph none = emptyNotes.computeIfAbsent(groupId, id -> {
            Paragraph p = new Paragraph(getTranslation("moderate.no-cards"));
            p.addClassName("moderator-empty");
            return p;
        });
        boolean empty = isShown(groupId) && shownItems.get(groupId).isEmpty();
        if (empty && none.getParent().isEmpty()) {
            list.add(none);
        } else if (!empty && none.getParent().isPresent()) {
            list.remove(none);
        }
    }

    private Div cardItem(CardSnapshot c) {
        Span type = new Span(getTranslation("card.type." + c.type()));
        type.getElement().getThemeList().add("badge small");
        type.addClassName("type-" + c.type().name().toLowerCase(java.util.Locale.ROOT));
        Paragraph text = new Paragraph(c.text());
        text.addClassName("card-text");
        int total = totals.getOrDefault(c.id(), 0);
        Span meta = new Span(c.authorName()
                + (c.postedBy() == null ? "" : " (" + getTranslation("card.posted-by", c.postedBy()) + ")")
                + " · +1: " + c.reactionCount()
                + (total > 0 ? " · " + getTranslation("vote.total", total) : ""));
        meta.addClassName("card-meta");
        Checkbox choose = new Checkbox(selected.contains(c.id()));
        choose.setAriaLabel(getTranslation("recommendation.select"));
        choose.addClassName("card-choose");
        choose.addValueChangeListener(e -> {
            if (e.getValue()) {
                selected.add(c.id());
            } else {
                selected.remove(c.id());
            }
            recommendations.selectionChanged();
        });
        Div item = new Div(new Div(choose, type), text, meta);
        if (c.hidden()) {
            item.addClassName("hidden-card");
            Span why = new Span(getTranslation("moderate.hidden", c.hiddenReason()));
            why.addClassName("hidden-reason");
            Button restore = new Button(getTranslation("moderate.restore"), e -> {
                moderation.restoreCard(workshop.id(), c.id());
            });
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            restore.addClassName("card-restore");
            item.add(why, restore);
        } else {
            Button hide = new Button(getTranslation("moderate.hide"), e -> moderationPanel.askReason(
                    getTranslation("moderate.hide.title"), reason -> moderation.hideCard(workshop.id(), c.id(), reason)));
            hide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            hide.addClassName("card-hide");
            item.add(hide, projectButton(c, item));
        }
        item.addClassName("moderator-card");
        item.getElement().setAttribute("data-card", Long.toString(c.id()));
        item.getElement().setAttribute("data-votes", Integer.toString(total));
        return item;
    }

    /** "Show" on the projector, or on the card shown there now, "Stop showing". */
    private Button projectButton(CardSnapshot c, Div item) {
        boolean shown = Long.valueOf(c.id()).equals(projectedCardId);
        Button button = shown
                ? new Button(getTranslation("moderate.project.stop"), e -> projection.stop(workshop.id(), c.id()))
                : new Button(getTranslation("moderate.project"), e -> projection.project(workshop.id(), c.id()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName(shown ? "card-stop-projecting" : "card-project");
        if (shown) {
            item.addClassName("projected-card");
        }
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderate.title") + (workshop == null ? "" : " · " + workshop.title());
    }
}
