package vn.toadam.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application on a real H2 database file of its own (shared by the test classes that extend this). */
@SpringBootTest
public abstract class IntegrationTest {

    private static final String DATA_DIR = TestDataDirs.fresh("it-");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("toadam.data-dir", () -> DATA_DIR);
    }
}
