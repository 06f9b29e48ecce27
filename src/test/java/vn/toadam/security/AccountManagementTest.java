package vn.toadam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotAllowedException;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;

class AccountManagementTest extends IntegrationTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Fixtures fixtures;

    @Test
    void trainersAddResetAndDisableAccountsButNeverTheLastTrainer() {
        AccountView lead = fixtures.asTrainer(() -> accounts.createAccount("truong.gv", "Trưởng khoa", "mat-khau-1",
                Role.TRAINER));
        AccountView moderator = fixtures.asTrainer(() -> accounts.createAccount("dieuphoi", "Người điều phối",
                "mat-khau-2", Role.MODERATOR));
        assertThat(accounts.loadUserByUsername("dieuphoi").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_MODERATOR");
        assertThatThrownBy(() -> fixtures.asTrainer(() -> accounts.createAccount("DieuPhoi", "x", "mat-khau-3",
                Role.MODERATOR))).isInstanceOf(InvalidInputException.class).hasMessage("account.username.taken");

        fixtures.asTrainer(() -> {
            accounts.resetPassword(moderator.id(), "mat-khau-moi");
            return null;
        });
        assertThat(encoder.matches("mat-khau-moi", accounts.loadUserByUsername("dieuphoi").getPassword())).isTrue();
        assertThatThrownBy(() -> fixtures.asTrainer(() -> {
            accounts.resetPassword(moderator.id(), "ngan");
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessage("account.password.too-short");

        fixtures.asTrainer(() -> accounts.setEnabled(moderator.id(), false));
        assertThat(accounts.loadUserByUsername("dieuphoi").isEnabled()).isFalse();

        fixtures.asTrainer(() -> accounts.accounts()).stream()
                .filter(a -> a.role() == Role.TRAINER && a.enabled() && a.id() != lead.id())
                .forEach(a -> fixtures.asTrainer(() -> accounts.setEnabled(a.id(), false)));
        assertThatThrownBy(() -> fixtures.asTrainer(() -> accounts.setEnabled(lead.id(), false)))
                .isInstanceOf(NotAllowedException.class).hasMessage("account.last-trainer");
        assertThat(accounts.loadUserByUsername("truong.gv").isEnabled()).isTrue();
    }

    @Test
    void nobodyButATrainerManagesAccounts() {
        assertThatThrownBy(() -> accounts.createAccount("ke.gian", "Kẻ gian", "mat-khau-dai", Role.TRAINER))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.accounts()).isInstanceOf(RuntimeException.class);
    }
}
