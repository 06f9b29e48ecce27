package vn.toadam.live;

import com.hazelcast.config.ClassFilter;
import com.hazelcast.config.Config;
import com.hazelcast.config.IndexType;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Several nodes: one embedded Hazelcast member per node, found over TCP/IP from {@code toadam.cluster.members}
 * (no multicast, no auto-detection, no phone-home). Spring Boot starts the member from this {@link Config}. Without
 * {@code toadam.cluster.members} none of this exists and no Hazelcast member is started (the laptop default).
 */
@Configuration
@ConditionalOnProperty(ClusterConfig.MEMBERS)
class ClusterConfig {

    static final String MEMBERS = "toadam.cluster.members";
    static final String PRESENCE_MAP = "toadam-presence";
    /** A node's presence entries outlive it at most this long even if no surviving node removes them. */
    static final int PRESENCE_TTL_SECONDS = 30;

    @Bean
    Config hazelcastConfig(@Value("${" + MEMBERS + "}") String members,
                           @Value("${toadam.cluster.port:5701}") int port,
                           @Value("${toadam.cluster.name:toadam}") String clusterName,
                           @Value("${toadam.node-name:}") String nodeName) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setInstanceName(nodeName.isBlank() ? "toadam-" + port : nodeName);
        config.setClassLoader(ClusterConfig.class.getClassLoader()); // the application's, also inside the jar
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false"); // Spring stops the member, after the web server
        config.setProperty("hazelcast.logging.type", "slf4j");
        // a node that stops answering is out of the cluster within seconds (its presence entries go with it)
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "6");
        config.getMemberAttributeConfig().setAttribute("node", config.getInstanceName());
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        List<String> list = Arrays.stream(members.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        join.getTcpIpConfig().setEnabled(true).setMembers(list);
        // Live events are Java-serialised records of this application; nothing else is accepted from the wire.
        config.getSerializationConfig().setJavaSerializationFilterConfig(new JavaSerializationFilterConfig()
                .setWhitelist(new ClassFilter().addPrefixes("vn.toadam.", "com.vaadin.collaborationengine.")));
        config.addMapConfig(new MapConfig(PRESENCE_MAP).setTimeToLiveSeconds(PRESENCE_TTL_SECONDS)
                .addIndexConfig(new com.hazelcast.config.IndexConfig(IndexType.HASH, "topic")));
        return config;
    }
}
