package vn.toadam.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import vn.toadam.base.NotAllowedException;

/**
 * Which workshops the signed-in person may moderate: a trainer and a moderator account every workshop, a learner
 * the trainer promoted only their own (they carry {@link #WORKSHOP_PREFIX}{@code <id>} besides the moderator role).
 * Services call it themselves ({@code @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")} or
 * {@link #require}), so typing another workshop's address gets nowhere.
 */
@Component("moderatorScope")
public class ModeratorScope {

    public static final String WORKSHOP_PREFIX = "WORKSHOP_";

    private final SecurityContextHolderStrategy security;

    ModeratorScope(SecurityContextHolderStrategy security) {
        this.security = security;
    }

    /** The authorities of a learner promoted to moderate one workshop. */
    public static List<GrantedAuthority> promotedLearner(long workshopId) {
        return List.of(new SimpleGrantedAuthority(Role.MODERATOR.authority()),
                new SimpleGrantedAuthority(WORKSHOP_PREFIX + workshopId));
    }

    public boolean mayModerate(long workshopId) {
        Set<String> authorities = authorities();
        if (authorities.contains(Role.TRAINER.authority())) {
            return true;
        }
        if (!authorities.contains(Role.MODERATOR.authority())) {
            return false;
        }
        return !isLimitedToOneWorkshop(authorities) || authorities.contains(WORKSHOP_PREFIX + workshopId);
    }

    /** Whether the signed-in person moderates only some workshops (a promoted learner). */
    public boolean isLimitedToOneWorkshop() {
        return isLimitedToOneWorkshop(authorities());
    }

    public void require(long workshopId) {
        if (!mayModerate(workshopId)) {
            throw new NotAllowedException("moderate.other-workshop");
        }
    }

    private static boolean isLimitedToOneWorkshop(Set<String> authorities) {
        return authorities.stream().anyMatch(a -> a.startsWith(WORKSHOP_PREFIX));
    }

    private Set<String> authorities() {
        Authentication auth = security.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
