package vn.toadam.support;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real database of its own (shared by the test classes that extend this): an H2 file,
 * and PostgreSQL in the postgres-tests run, which runs the tests tagged "database".
 */
@SpringBootTest
@Tag("database")
public abstract class IntegrationTest {

    private static final TestDatabases DATABASE = TestDatabases.fresh("it-");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }
}
