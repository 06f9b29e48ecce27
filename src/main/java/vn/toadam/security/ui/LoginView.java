package vn.toadam.security.ui;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.security.AccountService;
import vn.toadam.security.LoginThrottle;

/** Login for trainers and moderators; on a first start with no account it sends to the set-up page. */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final LoginForm login = new LoginForm();

    LoginView(AccountService accounts) {
        this.accounts = accounts;
        setAlignItems(Alignment.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        add(login);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("error.required"));
        i18n.getErrorMessage().setPassword(getTranslation("error.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accounts.needsSetup()) {
            event.forwardTo(SetupView.class);
            return;
        }
        java.util.List<String> error = event.getLocation().getQueryParameters().getParameters().get("error");
        if (error != null && error.contains(LoginThrottle.RATE_LIMITED)) {
            showRateLimited(getTranslation("login.rate-limited", LoginThrottle.LOGIN_FAILURES_PER_MINUTE));
        } else if (error != null && error.contains(LoginThrottle.ADDRESS_RATE_LIMITED)) {
            showRateLimited(getTranslation("login.rate-limited.address",
                    LoginThrottle.LOGIN_FAILURES_PER_ADDRESS_PER_HOUR));
        }
        login.setError(error != null);
    }

    private void showRateLimited(String message) {
        LoginI18n i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation("login.rate-limited.title"));
        i18n.getErrorMessage().setMessage(message);
        login.setI18n(i18n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Tọa Đàm";
    }
}
