package vn.toadam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotAllowedException;
import vn.toadam.support.FreshDatabaseTest;

/** Runs on a database of its own, since it needs to start with no account at all. */
class AccountServiceTest extends FreshDatabaseTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstTrainerIsCreatedOnceWithAHashedPassword() {
        assertThat(accounts.needsSetup()).isTrue();
        assertThatThrownBy(() -> accounts.createFirstTrainer("gv", "Giảng viên", "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> accounts.createFirstTrainer("giảng viên", "Giảng viên", "mat-khau-dai"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("username"));

        accounts.createFirstTrainer("GiangVien", "Nguyễn Thị Giảng", "mat-khau-dai");
        assertThat(accounts.needsSetup()).isFalse();
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'giangvien'", String.class);
        assertThat(hash).startsWith("$2").doesNotContain("mat-khau-dai");
        UserDetails user = accounts.loadUserByUsername("giangvien");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_TRAINER");

        assertThatThrownBy(() -> accounts.createFirstTrainer("other", "Other", "mat-khau-dai"))
                .isInstanceOf(NotAllowedException.class);
    }
}
