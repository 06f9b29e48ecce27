package vn.toadam.support;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a new, empty database for each test class (e.g. to see the first start): an H2 file, and
 * PostgreSQL in the postgres-tests run.
 */
@SpringBootTest
@DirtiesContext
@Tag("database")
public abstract class FreshDatabaseTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.fresh("fresh-").register(registry);
    }
}
