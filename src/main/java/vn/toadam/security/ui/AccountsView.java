package vn.toadam.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.base.ui.Notifications;
import vn.toadam.security.AccountService;
import vn.toadam.security.AccountView;
import vn.toadam.security.AppUser;
import vn.toadam.security.Role;

/** Trainers manage trainer and moderator accounts: add, reset a password, disable and enable. */
@Route(value = "trainer/accounts", layout = MainLayout.class)
@RolesAllowed(Role.TRAINER_NAME)
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<AccountView> grid = new Grid<>();

    AccountsView(AccountService accounts) {
        this.accounts = accounts;
        grid.setId("accounts-grid");
        grid.addColumn(AccountView::username).setHeader(getTranslation("account.username"));
        grid.addColumn(AccountView::displayName).setHeader(getTranslation("account.display-name")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("account.role." + a.role())).setHeader(getTranslation("account.role"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "account.enabled" : "account.disabled"))
                .setHeader(getTranslation("account.status"));
        grid.addComponentColumn(this::actions).setFlexGrow(2);
        Button add = new Button(getTranslation("account.add"), VaadinIcon.PLUS.create(), e -> createDialog().open());
        add.setId("account-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("account.title")), add, grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.accounts());
    }

    private HorizontalLayout actions(AccountView account) {
        Button reset = new Button(getTranslation("account.reset"), e -> resetDialog(account).open());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button toggle = new Button(getTranslation(account.enabled() ? "account.disable" : "account.enable"), e -> {
            accounts.setEnabled(account.id(), !account.enabled());
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toggle.getElement().setAttribute("data-account", account.username());
        toggle.addClassName("account-toggle");
        return new HorizontalLayout(reset, toggle);
    }

    private Dialog createDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("account.add"));
        TextField username = new TextField(getTranslation("account.username"));
        username.setMaxLength(AppUser.USERNAME_MAX);
        username.setHelperText(getTranslation("account.username.help"));
        username.setId("account-username");
        TextField name = new TextField(getTranslation("account.display-name"));
        name.setMaxLength(AppUser.DISPLAY_NAME_MAX);
        name.setId("account-name");
        PasswordField password = new PasswordField(getTranslation("account.password"));
        password.setMaxLength(AppUser.PASSWORD_MAX);
        password.setHelperText(getTranslation("account.password.help", AppUser.PASSWORD_MIN));
        password.setId("account-password");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("account.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("account.role." + r));
        role.setValue(Role.MODERATOR);
        role.setId("account-role");
        FieldErrors errors = new FieldErrors(Map.of("username", username, "displayName", name, "password", password,
                "role", role));
        dialog.add(new FormLayout(username, name, password, role));
        Button save = new Button(getTranslation("action.save"), e -> errors.attempt(() -> {
            accounts.createAccount(username.getValue(), name.getValue(), password.getValue(), role.getValue());
            dialog.close();
            Notifications.success(getTranslation("account.created", username.getValue()));
            refresh();
        }));
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private Dialog resetDialog(AccountView account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("account.reset.title", account.username()));
        PasswordField password = new PasswordField(getTranslation("account.password.new"));
        password.setMaxLength(AppUser.PASSWORD_MAX);
        password.setHelperText(getTranslation("account.password.help", AppUser.PASSWORD_MIN));
        FieldErrors errors = new FieldErrors(Map.of("password", password));
        dialog.add(password);
        Button save = new Button(getTranslation("action.save"), e -> errors.attempt(() -> {
            accounts.resetPassword(account.id(), password.getValue());
            dialog.close();
            Notifications.success(getTranslation("account.reset.done", account.username()));
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · Tọa Đàm";
    }
}
