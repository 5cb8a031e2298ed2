package org.beloved.app.console;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code beloved.console.*}: the organizer console's sign-in limits. A code lasts 10 minutes and
 * takes 5 tries, whatever the settings (issue contract).
 *
 * @param codesPerTargetPerHour how many sign-in codes one phone number or Discord id may be sent per hour
 * @param codesPerClientPerHour how many sign-in codes one client address may ask for per hour, for any targets
 */
@Validated
@ConfigurationProperties("beloved.console")
public record ConsoleProperties(
        @Min(1) @DefaultValue("5") int codesPerTargetPerHour,
        @Min(1) @DefaultValue("10") int codesPerClientPerHour) {
}
