package vn.toadam.security;

import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who is signed in where, so that disabling an account, or taking a promoted learner's role back, ends its sessions
 * (their next request goes to the login).
 */
@Component
class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountDisabled event) {
        expire(p -> p instanceof UserDetails user && user.getUsername().equalsIgnoreCase(event.username()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ModeratorRightsEnded event) {
        expire(p -> p instanceof PromotedLearner learner && learner.participantId() == event.participantId());
    }

    private void expire(Predicate<Object> principal) {
        registry.getAllPrincipals().stream().filter(principal)
                .flatMap(p -> registry.getAllSessions(p, false).stream())
                .forEach(SessionInformation::expireNow);
    }

    @Configuration
    static class Registry {

        @Bean
        SessionRegistry sessionRegistry() {
            return new SessionRegistryImpl();
        }

        /** Tells the registry when sessions end, so it does not keep them. */
        @Bean
        HttpSessionEventPublisher httpSessionEventPublisher() {
            return new HttpSessionEventPublisher();
        }
    }
}
