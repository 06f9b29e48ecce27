package vn.toadam.live;

import com.vaadin.collaborationengine.CollaborationEngineConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class LiveConfig {

    /** Collaboration Kit reads this bean; in production mode it refuses to start without one. */
    @Bean
    CollaborationEngineConfiguration collaborationEngineConfiguration() {
        return new CollaborationEngineConfiguration();
    }
}
