package vn.toadam.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.toadam.base.TranslationProvider;

/** The frame of every page: the name of the app, the language switch and, for trainers, logout. */
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Anchor brand = new Anchor("", "Tọa Đàm");
        brand.addClassName("brand");
        Span spacer = new Span();

        boolean english = TranslationProvider.ENGLISH.equals(TranslationProvider.supported(getLocale()));
        Button language = new Button(english ? "Tiếng Việt" : "English",
                e -> LocalePreference.switchTo(english ? TranslationProvider.VIETNAMESE : TranslationProvider.ENGLISH));
        language.setId("language-switch");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);

        HorizontalLayout bar = new HorizontalLayout(brand, spacer, language);
        bar.addClassName("top-bar");
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setFlexGrow(1, spacer);
        if (authentication.isAuthenticated()) {
            Anchor workshops = new Anchor("trainer", getTranslation("nav.workshops"));
            Anchor procedures = new Anchor("trainer/procedures", getTranslation("nav.procedures"));
            procedures.setVisible(authentication.hasRole("TRAINER"));
            Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Anchor overview = new Anchor("trainer/overview", getTranslation("nav.overview"));
            overview.setVisible(authentication.hasRole("TRAINER"));
            Anchor accounts = new Anchor("trainer/accounts", getTranslation("nav.accounts"));
            accounts.setVisible(authentication.hasRole("TRAINER"));
            Anchor organisation = new Anchor("trainer/organisation", getTranslation("nav.organisation"));
            organisation.setVisible(authentication.hasRole("TRAINER"));
            Anchor thesaurus = new Anchor("trainer/thesaurus", getTranslation("nav.thesaurus"));
            thesaurus.setVisible(authentication.hasRole("TRAINER"));
            bar.add(workshops, procedures, overview, accounts, organisation, thesaurus, logout);
        }
        addToNavbar(bar);
    }
}
