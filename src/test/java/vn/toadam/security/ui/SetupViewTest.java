package vn.toadam.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.base.TranslationProvider;
import vn.toadam.security.AppUser;
import vn.toadam.support.FreshDatabaseTest;

/** The one-time set-up page, on a database of its own that starts with no account. */
class SetupViewTest extends FreshDatabaseTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("vn.toadam"), context, UI::new));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static String vi(String key, Object... args) {
        return TranslationProvider.translate(key, TranslationProvider.VIETNAMESE, args);
    }

    @Test
    void theLoginPageSendsToSetUpUntilTheFirstTrainerExistsAndThenSetUpIsGone() {
        UI.getCurrent().navigate("login");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(SetupView.class);

        TextField username = _get(TextField.class, spec -> spec.withId("setup-username"));
        TextField name = _get(TextField.class, spec -> spec.withId("setup-display-name"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("setup-password"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("setup-repeat"));
        Button create = _get(Button.class, spec -> spec.withId("setup-create"));

        _setValue(username, "giangvien");
        _setValue(name, "Nguyễn Thị Giảng");
        _setValue(password, "ngan");
        _setValue(repeat, "ngan");
        _click(create);
        assertThat(password.getErrorMessage()).isEqualTo(vi("account.password.too-short", AppUser.PASSWORD_MIN));

        _setValue(password, "mat-khau-dai-du");
        _setValue(repeat, "mat-khau-khac");
        _click(create);
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo(vi("setup.repeat.mismatch"));

        _setValue(username, "giảng viên");
        _setValue(repeat, "mat-khau-dai-du");
        _click(create);
        assertThat(username.getErrorMessage()).isEqualTo(vi("account.username.invalid"));
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isZero();

        _setValue(username, "giangvien");
        _click(create);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'giangvien' and role = 'TRAINER'",
                Integer.class)).isEqualTo(1);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(LoginView.class);

        UI.getCurrent().navigate("setup");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(LoginView.class);
    }
}
