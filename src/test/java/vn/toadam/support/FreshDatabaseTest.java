package vn.toadam.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application on a new, empty database file for each test class (e.g. to see the first start). */
@SpringBootTest
@DirtiesContext
public abstract class FreshDatabaseTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String dir = TestDataDirs.fresh("fresh-");
        registry.add("toadam.data-dir", () -> dir);
    }
}
