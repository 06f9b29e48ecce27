package vn.toadam.live;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Switches on Vaadin's experimental feature flag {@code collaborationEngineBackend} (the one the file
 * {@code vaadin-featureflags.properties} names {@code com.vaadin.experimental.collaborationEngineBackend}) only when
 * the node is clustered ({@code toadam.cluster.members} set), before Vaadin reads its flags: without it Collaboration
 * Kit refuses any backend but its local one. Registered in {@code META-INF/spring.factories}.
 */
public class CollaborationBackendFlag implements EnvironmentPostProcessor {

    static final String SYSTEM_PROPERTY = "vaadin.collaborationEngineBackend";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String members = environment.getProperty(ClusterConfig.MEMBERS);
        if (members != null && !members.isBlank()) {
            System.setProperty(SYSTEM_PROPERTY, "true");
        }
    }
}
