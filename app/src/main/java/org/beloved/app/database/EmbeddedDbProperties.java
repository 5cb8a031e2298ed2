package org.beloved.app.database;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code beloved.embedded-db.*}: the PostgreSQL Beloved starts itself when no
 * {@code spring.datasource.url} is set.
 *
 * @param dir where the cluster lives; it survives restarts
 * @param port the local TCP port, 0 for any free one
 * @param checkInterval how often Beloved looks whether the server still runs; one that stopped is
 *     started again on the same directory and port
 */
@Validated
@ConfigurationProperties("beloved.embedded-db")
public record EmbeddedDbProperties(
        @NotNull @DefaultValue("./data/postgres") Path dir,
        @Min(0) @Max(65535) @DefaultValue("0") int port,
        @NotNull @DefaultValue("1s") Duration checkInterval) {

    @AssertTrue(message = "must be positive")
    boolean isCheckIntervalPositive() {
        return checkInterval == null || checkInterval.compareTo(Duration.ZERO) > 0;
    }
}
