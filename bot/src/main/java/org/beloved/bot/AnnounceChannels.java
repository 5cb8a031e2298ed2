package org.beloved.bot;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where each Discord server receives webinar announcements. */
@Repository
public class AnnounceChannels {

    private final JdbcClient jdbc;
    private final Clock clock;

    AnnounceChannels(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void set(String guildId, String channelId) {
        jdbc.sql("""
                insert into discord_announce_channel (guild_id, channel_id, updated_at) values (?, ?, ?)
                on conflict (guild_id) do update set channel_id = excluded.channel_id, updated_at = excluded.updated_at
                """).params(guildId, channelId, Timestamp.from(clock.instant())).update();
    }

    /** A server's announcement channel. */
    public record AnnounceChannel(String guildId, String channelId) {
    }

    /** Every server's announcement channel: a row per server that asked for announcements. */
    public List<AnnounceChannel> all() {
        return jdbc.sql("select guild_id, channel_id from discord_announce_channel order by guild_id")
                .query((rs, i) -> new AnnounceChannel(rs.getString(1), rs.getString(2))).list();
    }

    boolean clear(String guildId) {
        return jdbc.sql("delete from discord_announce_channel where guild_id = ?").param(guildId).update() == 1;
    }
}
