package vn.toadam.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BaseConfig {

    /** Injected so tests can move time; the app runs on the system clock. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
