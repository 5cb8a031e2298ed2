package org.beloved.bot;

import java.util.Optional;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * This instance's Discord connection, when it has one: the one way code outside the JDA set-up
 * reaches JDA, so that where and when JDA runs is decided in one place.
 */
@Component
public class DiscordGateway {

    private final ObjectProvider<ShardManager> shards;

    DiscordGateway(ObjectProvider<ShardManager> shards) {
        this.shards = shards;
    }

    /** JDA's shards on this instance; empty when Discord is off here. */
    public Optional<ShardManager> shards() {
        return Optional.ofNullable(shards.getIfAvailable());
    }
}
