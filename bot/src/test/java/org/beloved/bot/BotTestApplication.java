package org.beloved.bot;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Core plus the Discord adapter as the application wires them (no token: no gateway connection). */
@SpringBootApplication(scanBasePackages = "org.beloved")
@ConfigurationPropertiesScan("org.beloved")
public class BotTestApplication {
}
