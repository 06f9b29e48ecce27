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
import vn.toadam.live.NodeSignals;

/**
 * Who is signed in where, so that disabling an account, or taking a promoted learner's role back, ends its sessions
 * (their next request goes to the login). Each node knows only its own sessions, so once the change is committed the
 * order to end them goes to every node ({@link NodeSignals}).
 */
@Component
class SignedInSessions {

    /** End the sessions of an account ({@code username}) or of a promoted learner ({@code participantId}). */
    record EndSessions(String username, Long participantId) implements java.io.Serializable {
    }

    private final SessionRegistry registry;
    private final NodeSignals nodes;

    SignedInSessions(SessionRegistry registry, NodeSignals nodes) {
        this.registry = registry;
        this.nodes = nodes;
        nodes.listen(EndSessions.class, this::end);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountDisabled event) {
        nodes.send(new EndSessions(event.username(), null));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ModeratorRightsEnded event) {
        nodes.send(new EndSessions(null, event.participantId()));
    }

    private void end(EndSessions order) {
        if (order.username() != null) {
            expire(p -> p instanceof UserDetails user && user.getUsername().equalsIgnoreCase(order.username()));
        } else {
            expire(p -> p instanceof PromotedLearner learner && learner.participantId() == order.participantId());
        }
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
