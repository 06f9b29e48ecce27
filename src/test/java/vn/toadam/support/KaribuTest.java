package vn.toadam.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.base.TranslationProvider;
import vn.toadam.security.Role;

/** Views driven without a browser (Karibu-Testing) against the real services and database. */
public abstract class KaribuTest extends IntegrationTest {

    private static final Routes ROUTES = allRoutes();

    /** Karibu's discovery skips views that are not public; most of ours are package-private, so add them too. */
    @SuppressWarnings("unchecked")
    private static Routes allRoutes() {
        Routes routes = new Routes().autoDiscoverViews("vn.toadam");
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(
                com.vaadin.flow.router.Route.class));
        for (var candidate : scanner.findCandidateComponents("vn.toadam")) {
            try {
                routes.getRoutes().add((Class<? extends com.vaadin.flow.component.Component>) Class.forName(
                        candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    protected void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        UI.getCurrent().setLocale(TranslationProvider.VIETNAMESE);
    }

    @AfterEach
    protected void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /**
     * Opens {@code route} in a new browser tab signed in as {@code name} with {@code role}: a fresh UI, as a reload or
     * a screen opened later (or on another node) gets.
     */
    protected void openAs(String name, Role role, String route) {
        tearDownVaadin();
        setUpVaadin();
        var auth = UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority(role.authority())));
        context.getBean(SecurityContextHolderStrategy.class).getContext().setAuthentication(auth);
        SecurityContextHolder.getContext().setAuthentication(auth);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, r) -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + r)));
        UI.getCurrent().navigate(route);
    }

    /** Waits for a live event to reach this screen: delivered on a push lane, then run with the session's lock. */
    protected static void until(BooleanSupplier shown) {
        for (int i = 0; i < 50 && !shown.getAsBoolean(); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            MockVaadin.clientRoundtrip();
        }
    }

    protected static String vi(String key, Object... args) {
        return TranslationProvider.translate(key, TranslationProvider.VIETNAMESE, args);
    }

    protected static void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }
}
