package vn.toadam.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.base.ui.Notifications;
import vn.toadam.security.AccountService;
import vn.toadam.security.AppUser;

/** One-time page on the very first start: creates the first trainer account. Gone once any account exists. */
@Route(value = "setup", layout = MainLayout.class)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final FieldErrors errors = new FieldErrors(Map.of("username", username, "displayName", displayName,
            "password", password, "repeat", repeat));

    SetupView(AccountService accounts) {
        this.accounts = accounts;
        setMaxWidth("40rem");
        getStyle().set("margin", "0 auto");
        username.setLabel(getTranslation("setup.username"));
        username.setMaxLength(AppUser.USERNAME_MAX);
        username.setId("setup-username");
        displayName.setLabel(getTranslation("setup.display-name"));
        displayName.setMaxLength(AppUser.DISPLAY_NAME_MAX);
        displayName.setId("setup-display-name");
        password.setLabel(getTranslation("setup.password"));
        password.setHelperText(getTranslation("account.password.too-short", AppUser.PASSWORD_MIN));
        password.setMaxLength(AppUser.PASSWORD_MAX);
        password.setId("setup-password");
        repeat.setLabel(getTranslation("setup.repeat"));
        repeat.setMaxLength(AppUser.PASSWORD_MAX);
        repeat.setId("setup-repeat");
        Button create = new Button(getTranslation("setup.create"), e -> create());
        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, displayName, password, repeat);
        add(new H2(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")), form, create);
    }

    private void create() {
        errors.attempt(() -> {
            if (!password.getValue().equals(repeat.getValue())) {
                throw new InvalidInputException("repeat", "setup.repeat.mismatch");
            }
            accounts.createFirstTrainer(username.getValue(), displayName.getValue(), password.getValue());
            Notifications.success(getTranslation("setup.done"));
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.needsSetup()) {
            event.forwardTo(LoginView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · Tọa Đàm";
    }
}
