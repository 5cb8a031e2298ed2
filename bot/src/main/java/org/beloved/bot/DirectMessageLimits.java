package org.beloved.bot;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code beloved.discord.dm-*}: the per-user limit on direct messages, with the meaning of
 * {@code beloved.sms.rate-limit}: past {@code dmRateLimit} messages in {@code dmRateWindow} the user
 * gets one notice, then silence until the window has moved on.
 */
@Validated
@ConfigurationProperties("beloved.discord")
public record DirectMessageLimits(@Min(1) @DefaultValue("30") int dmRateLimit,
        @NotNull @DefaultValue("10m") Duration dmRateWindow) {

    public DirectMessageLimits {
        if (dmRateWindow != null && (dmRateWindow.isZero() || dmRateWindow.isNegative())) {
            throw new IllegalArgumentException("beloved.discord.dm-rate-window must be positive, was " + dmRateWindow);
        }
    }
}
