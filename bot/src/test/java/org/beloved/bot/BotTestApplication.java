package org.beloved.bot;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Core plus the Discord adapter as the application wires them (no token: no gateway connection). */
@SpringBootApplication(scanBasePackages = "org.beloved")
@ConfigurationPropertiesScan("org.beloved")
public class BotTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
