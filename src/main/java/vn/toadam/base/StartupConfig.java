package vn.toadam.base;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Start-up: beans are made when first needed ({@code spring.main.lazy-initialization}), except the database and its
 * schema. Flyway migrates and Hibernate validates the schema while the server starts, so a server whose database
 * does not fit stops at once instead of failing the first learner.
 */
@Configuration
class StartupConfig {

    @Bean
    static LazyInitializationExcludeFilter databaseStartsEagerly() {
        return LazyInitializationExcludeFilter.forBeanTypes(DataSource.class, Flyway.class,
                FlywayMigrationInitializer.class, EntityManagerFactory.class);
    }
}
