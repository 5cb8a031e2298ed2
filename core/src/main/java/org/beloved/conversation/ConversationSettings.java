package org.beloved.conversation;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code beloved.conversation.*}.
 *
 * @param flowTimeout how long a multi-step flow waits for the sender's next answer
 */
@Validated
@ConfigurationProperties("beloved.conversation")
record ConversationSettings(@NotNull @DefaultValue("30m") Duration flowTimeout) {

    public ConversationSettings {
        if (flowTimeout != null && (flowTimeout.isNegative() || flowTimeout.isZero())) {
            throw new IllegalArgumentException("beloved.conversation.flow-timeout must be positive");
        }
    }
}
