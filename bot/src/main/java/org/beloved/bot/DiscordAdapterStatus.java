package org.beloved.bot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at startup whether the Discord adapter is on, and if not, which setting turns it on. */
@Component
class DiscordAdapterStatus {

    private static final Logger log = LoggerFactory.getLogger(DiscordAdapterStatus.class);

    private final DiscordProperties properties;

    DiscordAdapterStatus(DiscordProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationStartedEvent.class)
    void report() {
        if (properties.enabled()) {
            log.info("Discord adapter: on ({} shard(s)); the instance holding the cluster's Discord lock connects, "
                    + "the invite URL follows once connected", properties.shards());
        } else {
            log.info("Discord adapter: off. Set BELOVED_DISCORD_TOKEN (beloved.discord.token) to turn it on.");
        }
    }
}
