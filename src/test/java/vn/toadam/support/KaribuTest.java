package vn.toadam.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.toadam.base.TranslationProvider;

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

    protected static String vi(String key, Object... args) {
        return TranslationProvider.translate(key, TranslationProvider.VIETNAMESE, args);
    }

    protected static void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }
}
