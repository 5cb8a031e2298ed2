package org.beloved.bot;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The Discord adapter's meters, in the application's registry (a private one where there is none):
 * {@code beloved_inbound_texts_total{channel="discord",outcome}} for each direct message, and
 * {@code beloved_discord_connection{state}}: 1 for this instance's state (connected, connecting,
 * standby, off), 0 for the others, as {@code /actuator/health}'s {@code discord} component tells it.
 */
@Component
class BotMetrics {

    /** Outcomes of a direct message. */
    static final String ANSWERED = "answered";
    static final String DUPLICATE = "duplicate";
    static final String OPTED_OUT = "opted_out";
    static final String RATE_LIMITED = "rate_limited";
    static final String UNREADABLE = "unreadable";
    static final String FAILED = "failed";

    private final MeterRegistry registry;

    /** {@code gateway}: none when Discord is off ({@link DiscordBeans}). */
    BotMetrics(ObjectProvider<MeterRegistry> registry, ObjectProvider<DiscordGateway> gateway) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
        for (DiscordGateway.State state : DiscordGateway.State.values()) {
            Gauge.builder("beloved.discord.connection", gateway, g -> DiscordGateway.State.of(g) == state ? 1 : 0)
                    .description("1 for this instance's Discord connection state")
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .strongReference(true)
                    .register(this.registry);
        }
    }

    void inbound(String outcome) {
        registry.counter("beloved.inbound.texts", "channel", "discord", "outcome", outcome).increment();
    }
}
