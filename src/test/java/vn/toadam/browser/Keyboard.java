package vn.toadam.browser;

import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import vn.toadam.support.Browser;

/** Someone without a mouse: moves the focus with TAB and presses keys on whatever has it. */
final class Keyboard {

    /** More than any page here needs between two controls; beyond it the control is unreachable in practice. */
    private static final int TABS_MAX = 60;

    private final Browser browser;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Types into the element that has the focus. */
    void type(String text) {
        press(text);
    }

    /** Presses TAB until the focus is in the element {@code css} finds; fails if TAB never gets there. */
    void tabTo(String css) {
        for (int i = 0; i < TABS_MAX; i++) {
            if (focusIn(css)) {
                return;
            }
            press(Keys.TAB);
        }
        browser.until("TAB reaches " + css, () -> focusIn(css));
    }

    boolean focusIn(String css) {
        return Boolean.TRUE.equals(browser.driver().executeScript(
                "const a = document.activeElement; return !!a && !!a.closest(arguments[0]);", css));
    }
}
