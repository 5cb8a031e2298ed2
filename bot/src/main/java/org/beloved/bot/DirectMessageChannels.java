package org.beloved.bot;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The DM channel id Discord gave for each user, stored the first time it is opened so that every
 * later DM is a single post to that channel, in any instance and after a restart.
 */
@Repository
class DirectMessageChannels {

    private final JdbcClient jdbc;
    private final Clock clock;

    DirectMessageChannels(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<String> of(String userId) {
        return jdbc.sql("select channel_id from discord_dm_channel where user_id = ?").param(userId)
                .query(String.class).optional();
    }

    void remember(String userId, String channelId) {
        jdbc.sql("""
                insert into discord_dm_channel (user_id, channel_id, opened_at) values (?, ?, ?)
                on conflict (user_id) do update set channel_id = excluded.channel_id, opened_at = excluded.opened_at
                """).params(userId, channelId, Timestamp.from(clock.instant())).update();
    }

    /** Forgets the user's channel; true when one was stored. */
    boolean forget(String userId) {
        return jdbc.sql("delete from discord_dm_channel where user_id = ?").param(userId).update() == 1;
    }
}
