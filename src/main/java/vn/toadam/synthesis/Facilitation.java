package vn.toadam.synthesis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** How the moderator runs one workshop: its phase, the shared countdown and the dot-voting limits. */
@Entity
@Table(name = "facilitation")
class Facilitation {

    static final int DEFAULT_VOTES_PER_PERSON = 5;
    static final int DEFAULT_VOTES_PER_CARD = 2;

    @Id
    @Column(name = "workshop_id")
    private Long workshopId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Phase phase = Phase.POSTING;

    @Column(name = "posting_reopened", nullable = false)
    private boolean postingReopened;

    @Column(name = "timer_ends_at")
    private Instant timerEndsAt;

    @Column(name = "timer_seconds")
    private Integer timerSeconds;

    @Column(name = "votes_per_person", nullable = false)
    private int votesPerPerson = DEFAULT_VOTES_PER_PERSON;

    @Column(name = "votes_per_card", nullable = false)
    private int votesPerCard = DEFAULT_VOTES_PER_CARD;

    @Column(name = "hide_until_reveal", nullable = false)
    private boolean hideUntilReveal;

    @Column(nullable = false)
    private boolean anonymous;

    @Version
    private long version;

    protected Facilitation() {
    }

    Facilitation(long workshopId) {
        this.workshopId = workshopId;
    }

    Phase phase() {
        return phase;
    }

    void moveTo(Phase next) {
        this.phase = next;
        this.postingReopened = false;
    }

    void reopenPosting(boolean reopened) {
        this.postingReopened = reopened;
    }

    void startTimer(int seconds, Instant now) {
        this.timerSeconds = seconds;
        this.timerEndsAt = now.plusSeconds(seconds);
    }

    void stopTimer() {
        this.timerSeconds = null;
        this.timerEndsAt = null;
    }

    void limitVotes(int perPerson, int perCard) {
        this.votesPerPerson = perPerson;
        this.votesPerCard = perCard;
    }

    void hideUntilReveal(boolean hide) {
        this.hideUntilReveal = hide;
    }

    void anonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    FacilitationView view(java.util.Set<Long> revealedGroups) {
        return new FacilitationView(workshopId, phase, postingReopened, timerEndsAt, timerSeconds, votesPerPerson,
                votesPerCard, hideUntilReveal, anonymous, java.util.Set.copyOf(revealedGroups), version);
    }
}
