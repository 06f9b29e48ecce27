package vn.toadam.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database of one application context under test: a new H2 file, or, in the PostgreSQL run
 * ({@code -Dtoadam.test.database=postgres}), a new database on the test PostgreSQL server.
 */
public record TestDatabases(String dataDir, TestPostgres.Server postgres) {

    public static TestDatabases fresh(String prefix) {
        return new TestDatabases(TestDataDirs.fresh(prefix),
                TestPostgres.enabled() ? TestPostgres.freshDatabase(prefix) : null);
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("toadam.data-dir", this::dataDir);
        if (postgres != null) {
            registry.add("spring.datasource.url", postgres::url);
            registry.add("spring.datasource.username", postgres::user);
            registry.add("spring.datasource.password", postgres::password);
        }
    }
}
