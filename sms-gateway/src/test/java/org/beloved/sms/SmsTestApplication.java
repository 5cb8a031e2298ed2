package org.beloved.sms;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Core plus the SMS adapter, as the application wires them, for this module's tests. */
@SpringBootApplication(scanBasePackages = "org.beloved")
@ConfigurationPropertiesScan("org.beloved")
public class SmsTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
