package org.beloved.app;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** The one clock every use case reads, so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
