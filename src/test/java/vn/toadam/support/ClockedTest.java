package vn.toadam.support;

import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** The application on its own database with a clock the test moves. */
@Import(ClockedTest.Config.class)
public abstract class ClockedTest extends FreshDatabaseTest {

    @org.springframework.boot.test.context.TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
        }
    }

}
