package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/**
 * The moderator's countdown, ticking in the browser towards a moment the server stored: every screen shows the
 * same time left, and a reload shows it again.
 */
class CountdownClock extends Span {

    private static final String INSTALL = """
            const el = this;
            el.__render = () => {
              if (!el.__end) { el.textContent = ''; return; }
              const s = Math.max(0, Math.round((el.__end - (Date.now() + el.__skew)) / 1000));
              el.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
              el.classList.toggle('over', s === 0);
            };
            if (!el.__timer) { el.__timer = setInterval(() => el.__render(), 1000); }
            """;

    private Instant endsAt;

    CountdownClock() {
        addClassName("countdown");
    }

    void show(Instant endsAt) {
        this.endsAt = endsAt;
        getElement().setAttribute("data-ends-at", endsAt == null ? "" : endsAt.toString());
        setVisible(endsAt != null);
        push();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(INSTALL);
        push();
    }

    /** Sends the end and the server's "now", so a browser whose clock is off still counts the right time. */
    private void push() {
        getElement().executeJs("this.__end = $0; this.__skew = $1 - Date.now(); if (this.__render) { this.__render(); }",
                endsAt == null ? 0.0 : (double) endsAt.toEpochMilli(), (double) System.currentTimeMillis());
    }
}
