package vn.toadam.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.toadam.base.TranslationProvider;

/** The interface language: Vietnamese unless the browser chose English with the language switch (a cookie). */
@Component
public class LocalePreference implements VaadinServiceInitListener {

    static final String COOKIE = "toadam-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            Locale locale = fromRequest(VaadinRequest.getCurrent());
            e.getUI().setLocale(locale);
            e.getUI().getSession().setLocale(locale);
        });
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request != null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return TranslationProvider.supported(Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        return TranslationProvider.VIETNAMESE;
    }

    /** Switches this browser to {@code locale} and reloads the page so every text follows. */
    public static void switchTo(Locale locale) {
        Locale target = TranslationProvider.supported(locale);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, target.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(target);
        ui.setLocale(target);
        ui.getPage().reload();
    }
}
