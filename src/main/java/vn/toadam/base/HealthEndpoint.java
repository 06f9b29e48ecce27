package vn.toadam.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health} for load balancers (HAProxy's check), without login: 200 and the node's name while this node
 * serves and reaches the database, 503 otherwise. A node shutting down stops accepting connections, so the check
 * fails and the load balancer sends its browsers elsewhere.
 */
@RestController
class HealthEndpoint {

    static final String PATH = "/health";

    private static final Logger LOG = LoggerFactory.getLogger(HealthEndpoint.class);

    private final JdbcTemplate jdbc;
    private final String node;

    HealthEndpoint(JdbcTemplate jdbc, @Value("${toadam.node-name:}") String node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> health() {
        try {
            jdbc.queryForObject("SELECT 1", Integer.class);
            return ResponseEntity.ok("UP " + node + "\n");
        } catch (RuntimeException e) {
            LOG.warn("Health check: database unreachable ({})", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("DOWN " + node + "\n");
        }
    }
}
