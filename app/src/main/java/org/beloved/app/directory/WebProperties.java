package org.beloved.app.directory;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code beloved.web.*}.
 *
 * @param signUpsPerHour how many congregation sign-ups one client address may send per hour
 */
@Validated
@ConfigurationProperties("beloved.web")
public record WebProperties(@Min(1) @DefaultValue("5") int signUpsPerHour) {
}
