package vn.toadam.security;

import java.time.Instant;

/** An account as the accounts page shows it (never the password hash). */
public record AccountView(long id, String username, String displayName, Role role, boolean enabled,
                          Instant createdAt) {

    static AccountView of(AppUser u) {
        return new AccountView(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.isEnabled(),
                u.getCreatedAt());
    }
}
