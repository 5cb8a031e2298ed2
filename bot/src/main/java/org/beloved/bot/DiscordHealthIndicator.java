package org.beloved.bot;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code discord} component of {@code /actuator/health}: {@code UP} (connected on this
 * instance), {@code CONNECTING} (this instance holds the Discord lock and is logging in or
 * reconnecting), {@code STANDBY} (another instance holds Discord) or {@code OFF} (no token). Only
 * UP is one of the statuses Spring Boot aggregates: the other three are left out of the overall
 * status (and so out of readiness), because an app whose Discord is away still serves SMS and the web.
 */
@Component
class DiscordHealthIndicator implements HealthIndicator {

    static final Status CONNECTING = new Status("CONNECTING", "this instance holds Discord and is connecting");
    static final Status STANDBY = new Status("STANDBY", "another instance holds Discord; this one takes over if it dies");
    static final Status OFF = new Status("OFF", "no beloved.discord.token");

    private final ObjectProvider<DiscordGateway> gateway;

    /** {@code gateway}: none when Discord is off ({@link DiscordBeans}). */
    DiscordHealthIndicator(ObjectProvider<DiscordGateway> gateway) {
        this.gateway = gateway;
    }

    @Override
    public Health health() {
        return switch (DiscordGateway.State.of(gateway)) {
            case CONNECTED -> Health.up().build();
            case CONNECTING -> Health.status(CONNECTING).build();
            case STANDBY -> Health.status(STANDBY).build();
            case OFF -> Health.status(OFF).build();
        };
    }
}
