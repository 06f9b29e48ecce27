package vn.toadam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.toadam.support.Browser;
import vn.toadam.support.RunningApp;

/** What users do in several browser tests: the trainer creates a workshop, a learner joins a group. */
final class Journeys {

    private Journeys() {
    }

    static void logInAsTrainer(Browser trainer, RunningApp app) {
        trainer.open(app.url("trainer"));
        trainer.type("#vaadinLoginUsername", RunningApp.TRAINER);
        trainer.type("#vaadinLoginPassword", RunningApp.TRAINER_PASSWORD);
        trainer.waitFor("#vaadinLoginPassword input").sendKeys(Keys.ENTER);
        trainer.waitFor("#workshop-grid");
    }

    static String createWorkshopAsTrainer(RunningApp app) {
        try (Browser trainer = new Browser()) {
            logInAsTrainer(trainer, app);
            return createWorkshop(trainer);
        }
    }

    /** The logged-in trainer creates a workshop and stays on its page; returns the join code. */
    static String createWorkshop(Browser trainer) {
        trainer.click("#create-workshop");
        trainer.type("#workshop-title", "Thực hành kỹ năng tổ chức sinh hoạt chi bộ");
        trainer.type("#workshop-class", "Lớp bồi dưỡng bí thư chi bộ đợt 2");
        trainer.click("#workshop-save");
        String code = trainer.waitFor("#join-code").getText().strip();
        assertThat(code).matches("[A-Z2-9]{6}");
        assertThat(trainer.waitFor("#join-link").getText()).endsWith("/join/" + code);
        trainer.screenshot(Path.of("target", "screenshots", "trainer-join-code.png"));
        return code;
    }

    static void join(Browser browser, RunningApp app, String code, String name, String group) {
        browser.open(app.url("join/" + code));
        browser.type("#join-name", name);
        browser.until("the groups are listed", () -> browser.all("#join-group vaadin-radio-button").size() == 3);
        WebElement radio = browser.all("#join-group vaadin-radio-button").stream()
                .filter(r -> r.getText().equals(group)).findFirst().orElseThrow();
        radio.click();
        browser.click("#join-submit");
        browser.waitFor("#composer-text");
    }

    /** On a login page a moderator screen sent {@code browser} to, logs in and waits for the recommendations. */
    static void logInToModerate(Browser browser, String username, String password) {
        browser.type("#vaadinLoginUsername", username);
        browser.type("#vaadinLoginPassword", password);
        browser.waitFor("#vaadinLoginPassword input").sendKeys(Keys.ENTER);
        browser.waitFor("#recommendations .recommendation");
    }

    /** {@code first} types a recommendation's body and leaves the field; returns once {@code second} shows it. */
    static void typeRecommendationSeenBy(Browser first, Browser second, String text, String description) {
        WebElement body = first.waitFor("#recommendations .recommendation-body textarea");
        first.click(body);
        body.sendKeys(text);
        body.sendKeys(Keys.TAB);
        second.until(description, () -> text.equals(
                second.waitFor("#recommendations .recommendation-body").getDomProperty("value")));
    }
}
