package vn.toadam.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that fails while opening, only on the test classpath: what does a user see then? */
@Route("test-only/failing-page")
@AnonymousAllowed
public class FailingTestRoute extends Div {

    public FailingTestRoute() {
        throw new IllegalStateException("boom at line 42: secret.internal.Detail");
    }
}
