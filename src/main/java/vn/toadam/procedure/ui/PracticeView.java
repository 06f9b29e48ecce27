package vn.toadam.procedure.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.board.BoardAudience;
import vn.toadam.board.CardChanged;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.live.LiveBroadcaster;
import vn.toadam.procedure.PracticeChanged;
import vn.toadam.procedure.PracticeService;
import vn.toadam.procedure.PracticeSnapshot;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.procedure.TemplateView;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.ui.ParticipantSessions;

/**
 * A group's practice meetings, one tab per procedure the workshop practises: roles, the live step tracker every
 * member sees, notes on each step and the rubric.
 */
@Route(value = "practice/:code", layout = MainLayout.class)
@AnonymousAllowed
public class PracticeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PracticeService practices;
    private final ProcedureService procedures;
    private final WorkshopService workshops;
    private final CardService cards;
    private final ParticipantSessions sessions;
    private final LiveBroadcaster broadcaster;
    private final Clock clock;
    private final List<PracticePanel> panels = new ArrayList<>();
    private ParticipantInfo me;
    private Map<Long, Long> cardCounts = Map.of();
    /** The group's cards tied to a step (card id → step id), loaded once and kept from the card events. */
    private final Map<Long, Long> stepsByCard = new HashMap<>();

    PracticeView(PracticeService practices, ProcedureService procedures, WorkshopService workshops, CardService cards,
                 ParticipantSessions sessions, LiveBroadcaster broadcaster, Clock clock) {
        this.practices = practices;
        this.procedures = procedures;
        this.workshops = workshops;
        this.cards = cards;
        this.sessions = sessions;
        this.broadcaster = broadcaster;
        this.clock = clock;
        addClassName("practice-view");
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
        Span group = new Span(me.groupName());
        group.getElement().getThemeList().add("badge");
        Anchor board = new Anchor("board/" + me.workshopCode(), getTranslation("practice.to-board"));
        board.setId("to-board");
        Div header = new Div(new H2(getTranslation("practice.title")), group, board);
        header.addClassName("practice-header");
        add(header);
        List<PracticeSnapshot> list = practices.practices(me.id());
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("practice.none")));
            return;
        }
        List<ParticipantInfo> members = workshops.groupMembers(me.groupId());
        stepsByCard.putAll(cards.stepsByCard(me.groupId()));
        cardCounts = countsByStep();
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        for (PracticeSnapshot practice : list) {
            TemplateView template = procedures.template(practice.templateId());
            PracticePanel panel = new PracticePanel(template, practice, me, members, practices, clock,
                    () -> cardCounts);
            panels.add(panel);
            tabs.add(template.name(), panel);
        }
        add(tabs);
        broadcaster.bind(this, BoardAudience.group(me.groupId()), event -> {
            if (event instanceof PracticeChanged changed) {
                panels.stream().filter(p -> p.practiceId() == changed.practice().id())
                        .forEach(p -> p.show(changed.practice()));
            } else if (event instanceof CardChanged changed) {
                countCard(changed.card());
            }
        });
        // The page was read before it listened (the subscription starts on attach): a step the chair took in
        // between would be missed, so read the states once more now that it listens (older events are ignored).
        addAttachListener(attached -> practices.practices(me.id()).forEach(snapshot -> panels.stream()
                .filter(p -> p.practiceId() == snapshot.id()).forEach(p -> p.show(snapshot))));
    }

    /** Keeps the counts per step from the card in the event, without reading the group's cards again. */
    private void countCard(CardSnapshot card) {
        if (card.deleted() || card.stepId() == null) {
            stepsByCard.remove(card.id());
        } else {
            stepsByCard.put(card.id(), card.stepId());
        }
        Map<Long, Long> counts = countsByStep();
        if (!counts.equals(cardCounts)) {
            cardCounts = counts;
            panels.forEach(PracticePanel::refreshCounts);
        }
    }

    private Map<Long, Long> countsByStep() {
        return stepsByCard.values().stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.title") + (me == null ? "" : " · " + me.groupName());
    }
}
