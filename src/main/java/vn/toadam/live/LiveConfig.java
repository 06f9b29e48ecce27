package vn.toadam.live;

import com.vaadin.collaborationengine.CollaborationEngineConfiguration;
import com.hazelcast.core.HazelcastInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class LiveConfig {

    /** Collaboration Kit reads this bean; in production mode it refuses to start without one. */
    /** On several nodes the kit keeps its topics in the cluster ({@link HazelcastCollaborationBackend}). */
    @Bean
    CollaborationEngineConfiguration collaborationEngineConfiguration(ObjectProvider<HazelcastInstance> cluster) {
        CollaborationEngineConfiguration configuration = new CollaborationEngineConfiguration();
        cluster.ifAvailable(hazelcast -> configuration.setBackend(new HazelcastCollaborationBackend(hazelcast)));
        return configuration;
    }
}
