package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import vn.toadam.base.UserFacingException;
import vn.toadam.base.ui.Notifications;
import vn.toadam.board.BoardAudience;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.ui.BoardExtension;
import vn.toadam.live.LiveBroadcaster;
import vn.toadam.synthesis.FacilitationChanged;
import vn.toadam.synthesis.FacilitationService;
import vn.toadam.synthesis.FacilitationView;
import vn.toadam.synthesis.Phase;
import vn.toadam.synthesis.SynthesisAudience;
import vn.toadam.synthesis.VoteService;
import vn.toadam.synthesis.VotesChanged;
import vn.toadam.workshop.ParticipantInfo;

/** On a learner's board: the workshop's phase and countdown, and in the voting phase dot votes on each card. */
@org.springframework.stereotype.Component
class VotingBoardExtension implements BoardExtension {

    private final FacilitationService facilitation;
    private final VoteService votes;
    private final LiveBroadcaster broadcaster;

    VotingBoardExtension(FacilitationService facilitation, VoteService votes, LiveBroadcaster broadcaster) {
        this.facilitation = facilitation;
        this.votes = votes;
        this.broadcaster = broadcaster;
    }

    @Override
    public AddOn attach(ParticipantInfo me, Refresh refresh) {
        return new Voting(me, refresh);
    }

    /** Keys of the card controls this add-on gives (what the card element sends back when pressed). */
    private static final String ADD = "cast-vote";
    private static final String WITHDRAW = "withdraw-vote";

    private final class Voting implements AddOn {
        private final ParticipantInfo me;
        private final Refresh refresh;
        private final Span phase = new Span();
        private final CountdownClock clock = new CountdownClock();
        private final Span left = new Span();
        private final Div header = new Div(phase, clock, left);
        private FacilitationView state;
        private Map<Long, Integer> totals;
        private Map<Long, Integer> mine;

        Voting(ParticipantInfo me, Refresh refresh) {
            this.me = me;
            this.refresh = refresh;
            header.addClassName("phase-bar");
            phase.setId("phase");
            phase.getElement().getThemeList().add("badge");
            left.setId("votes-left");
            state = facilitation.view(me.workshopId());
            reloadVotes();
            showHeader();
            broadcaster.bind(header, SynthesisAudience.workshop(me.workshopId()), event -> {
                if (event instanceof FacilitationChanged changed && changed.facilitation().version() >= state.version()) {
                    FacilitationView next = changed.facilitation();
                    boolean votingChanged = next.voting() != state.voting()
                            || next.votesPerPerson() != state.votesPerPerson();
                    boolean visibilityChanged = next.anonymous() != state.anonymous()
                            || next.revealed(me.groupId()) != state.revealed(me.groupId());
                    state = next;
                    if (visibilityChanged) {
                        refresh.reload();
                    }
                    showHeader();
                    if (votingChanged) {
                        reloadVotes();
                        showHeader();
                        refresh.allCards();
                    }
                }
            });
            broadcaster.bind(header, BoardAudience.group(me.groupId()), event -> {
                if (event instanceof VotesChanged changed) {
                    totals.put(changed.cardId(), changed.total());
                    if (changed.participantId() == me.id()) {
                        reloadVotes();
                        showHeader();
                    }
                    refresh.card(changed.cardId());
                }
            });
        }

        private void reloadVotes() {
            totals = votes.groupTotals(me.groupId());
            mine = votes.mine(me.id());
        }

        private void showHeader() {
            UI ui = UI.getCurrent();
            phase.setText(ui.getTranslation("phase.label", ui.getTranslation("phase." + state.phase())));
            phase.getElement().setAttribute("data-phase", state.phase().name());
            clock.show(state.timerEndsAt());
            int used = mine.values().stream().mapToInt(Integer::intValue).sum();
            int remaining = Math.max(0, state.votesPerPerson() - used);
            left.setText(ui.getTranslation("vote.left", remaining));
            left.getElement().setAttribute("data-left", Integer.toString(remaining));
            left.setVisible(state.voting());
        }

        @Override
        public Component header() {
            return header;
        }

        @Override
        public List<CardControl> cardControls(CardSnapshot card) {
            UI ui = UI.getCurrent();
            int total = totals.getOrDefault(card.id(), 0);
            if (!state.voting()) {
                if (total == 0 || state.phase().ordinal() < Phase.VOTING.ordinal()) {
                    return List.of();
                }
                return List.of(CardControl.badge("vote-total", ui.getTranslation("vote.total", total)));
            }
            int myVotes = mine.getOrDefault(card.id(), 0);
            CardControl add = new CardControl(ADD, "vote-button", "● " + total,
                    ui.getTranslation("vote.add.label", total, myVotes), ui.getTranslation("vote.add"),
                    myVotes > 0 ? "success" : "", Map.of("total", Integer.toString(total), "mine", Integer.toString(myVotes)));
            if (myVotes == 0) {
                return List.of(add);
            }
            return List.of(add, new CardControl(WITHDRAW, "vote-withdraw", "−", ui.getTranslation("vote.remove"),
                    null, "", Map.of()));
        }

        @Override
        public void pressed(String key, CardSnapshot card) {
            if (ADD.equals(key)) {
                act(() -> votes.cast(me.id(), card.id()));
            } else if (WITHDRAW.equals(key)) {
                act(() -> votes.withdraw(me.id(), card.id()));
            }
        }

        private void act(Runnable action) {
            try {
                action.run();
            } catch (UserFacingException refused) {
                Notifications.error(UI.getCurrent().getTranslation(refused.messageKey(), refused.args()));
            }
        }
    }
}
