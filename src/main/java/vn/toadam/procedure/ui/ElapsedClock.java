package vn.toadam.procedure.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Span;

/**
 * A minutes:seconds clock that ticks in the browser. The server sends the seconds counted so far and whether the
 * clock runs; the browser adds the time since, so no push per second is needed and server/browser clocks may differ.
 */
class ElapsedClock extends Span {

    private static final String INSTALL = """
            const el = this;
            el.__render = () => {
              const s = el.__base + (el.__run ? Math.floor((Date.now() - el.__t0) / 1000) : 0);
              el.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0') + (el.__suffix || '');
              el.classList.toggle('over', el.__limit > 0 && s > el.__limit);
            };
            if (!el.__timer) { el.__timer = setInterval(() => el.__render(), 1000); }
            """;

    private long seconds;
    private boolean running;
    private String suffix = "";
    private long limitSeconds;

    ElapsedClock() {
        addClassName("elapsed-clock");
    }

    /** Shows {@code seconds} (ticking on if {@code running}), e.g. "3:12 / 5:00", red past {@code limitSeconds}. */
    void show(long seconds, boolean running, String suffix, long limitSeconds) {
        this.seconds = seconds;
        this.running = running;
        this.suffix = suffix;
        this.limitSeconds = limitSeconds;
        getElement().setAttribute("data-seconds", Long.toString(seconds));
        getElement().setAttribute("data-running", Boolean.toString(running));
        push();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(INSTALL);
        push();
    }

    private void push() {
        getElement().executeJs("this.__base = $0; this.__t0 = Date.now(); this.__run = $1; this.__suffix = $2;"
                + " this.__limit = $3; if (this.__render) { this.__render(); }", (double) seconds, running, suffix,
                (double) limitSeconds);
    }

    static String format(long seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
