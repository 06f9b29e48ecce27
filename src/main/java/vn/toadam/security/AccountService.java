package vn.toadam.security;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.NotAllowedException;
import vn.toadam.base.Texts;

/** Accounts of trainers and moderators: the first-start set-up and the login lookup. */
@Service
public class AccountService implements UserDetailsService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock,
                   ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public boolean needsSetup() {
        return users.count() == 0;
    }

    /** Creates the first trainer; refused once any account exists, so the set-up page is one-time. */
    @Transactional
    public synchronized void createFirstTrainer(String username, String displayName, String password) {
        if (!needsSetup()) {
            throw new NotAllowedException("setup.already-done");
        }
        create(username, displayName, password, Role.TRAINER);
    }

    /** A trainer adds a trainer or moderator account. */
    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public AccountView createAccount(String username, String displayName, String password, Role role) {
        if (role == null) {
            throw new InvalidInputException("role", "error.required");
        }
        return AccountView.of(create(username, displayName, password, role));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TRAINER')")
    public java.util.List<AccountView> accounts() {
        return users.findAll(org.springframework.data.domain.Sort.by("username")).stream().map(AccountView::of)
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public void resetPassword(long accountId, String password) {
        checkPassword(password);
        require(accountId).setPasswordHash(passwordEncoder.encode(password));
    }

    /** Disables or re-enables an account; the last enabled trainer cannot be disabled (or nobody could log in). */
    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public AccountView setEnabled(long accountId, boolean enabled) {
        AppUser user = require(accountId);
        if (!enabled && user.getRole() == Role.TRAINER && user.isEnabled()
                && users.countByRoleAndEnabledTrue(Role.TRAINER) <= 1) {
            throw new NotAllowedException("account.last-trainer");
        }
        user.setEnabled(enabled);
        if (!enabled) {
            events.publishEvent(new AccountDisabled(user.getUsername())); // signed out everywhere once committed
        }
        return AccountView.of(user);
    }

    private AppUser require(long id) {
        return users.findById(id).orElseThrow(() -> new vn.toadam.base.NotFoundException("account.not-found"));
    }

    private void checkPassword(String password) {
        if (password == null || password.length() < AppUser.PASSWORD_MIN) {
            throw new InvalidInputException("password", "account.password.too-short", AppUser.PASSWORD_MIN);
        }
        if (password.length() > AppUser.PASSWORD_MAX) {
            throw new InvalidInputException("password", "error.too-long", AppUser.PASSWORD_MAX);
        }
    }

    AppUser create(String username, String displayName, String password, Role role) {
        String cleanUsername = Texts.require(username, "username", AppUser.USERNAME_MAX).toLowerCase(Locale.ROOT);
        if (!cleanUsername.matches("[a-z0-9._-]+")) {
            throw new InvalidInputException("username", "account.username.invalid");
        }
        String cleanName = Texts.require(displayName, "displayName", AppUser.DISPLAY_NAME_MAX);
        checkPassword(password);
        if (users.findByUsernameIgnoreCase(cleanUsername).isPresent()) {
            throw new InvalidInputException("username", "account.username.taken");
        }
        return users.save(new AppUser(cleanUsername, cleanName, passwordEncoder.encode(password), role, clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .roles(user.getRole().name())
                .disabled(!user.isEnabled())
                .build();
    }

    @Transactional(readOnly = true)
    public String displayName(String username) {
        return users.findByUsernameIgnoreCase(username).map(AppUser::getDisplayName).orElse(username);
    }
}
