package org.beloved.sms;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Core plus the SMS adapter, as the application wires them, for this module's tests. */
@SpringBootApplication(scanBasePackages = "org.beloved")
@ConfigurationPropertiesScan("org.beloved")
public class SmsTestApplication {
}
