package vn.toadam.support;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Deque's axe-core rules for WCAG 2.1 levels A and AA, run in the page a {@link Browser} shows. The library carries
 * its axe.min.js, so a scan needs no network. Only serious and critical violations count: those block or seriously
 * hinder someone (contrast, missing names); minor and moderate ones are axe's advice.
 */
public final class AxeScan {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING = List.of("serious", "critical");

    private AxeScan() {
    }

    /** The serious and critical violations on the page as it is now, once the Vaadin client has settled. */
    public static List<Rule> blockingViolations(Browser browser) {
        browser.until("the page has settled", () -> Boolean.TRUE.equals(browser.driver().executeScript(
                "const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                        + "return !c || Object.values(c).every(x => !x.isActive || !x.isActive());")));
        return new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver()).getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
    }

    /** One line per element: rule, impact, where, and axe's explanation (e.g. the measured contrast). */
    public static String describe(List<Rule> violations) {
        return violations.stream().flatMap(rule -> rule.getNodes().stream().map(node -> "  " + rule.getId() + " ("
                        + rule.getImpact() + ") " + node.getTarget() + ": "
                        + String.valueOf(node.getFailureSummary()).replace('\n', ' ')))
                .collect(Collectors.joining("\n"));
    }

    /** How many elements fail, over all rules. */
    public static int elementCount(List<Rule> violations) {
        return violations.stream().mapToInt(rule -> rule.getNodes().size()).sum();
    }
}
