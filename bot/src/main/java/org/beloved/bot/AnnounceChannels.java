package org.beloved.bot;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Where each Discord server receives webinar announcements. */
@Repository
public class AnnounceChannels {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnnounceChannels(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Published when a server sets (or moves) its announcement channel. */
    public record ChannelSet(String guildId) {
    }

    /**
     * Sets the channel and the role to mention ({@code null}: none; setting again without a role
     * drops it); the server's catch-up announcements are queued in the same transaction.
     */
    @Transactional
    void set(String guildId, String channelId, String roleId) {
        jdbc.sql("""
                insert into discord_announce_channel (guild_id, channel_id, role_id, updated_at) values (?, ?, ?, ?)
                on conflict (guild_id) do update set channel_id = excluded.channel_id, role_id = excluded.role_id,
                    updated_at = excluded.updated_at
                """).params(guildId, channelId, roleId, Timestamp.from(clock.instant())).update();
        events.publishEvent(new ChannelSet(guildId));
    }

    /** A server's announcement channel and the role its announcements mention ({@code roleId} null: none). */
    public record AnnounceChannel(String guildId, String channelId, String roleId) {

        public Optional<String> role() {
            return Optional.ofNullable(roleId);
        }
    }

    /** Every server's announcement channel: a row per server that asked for announcements. */
    public List<AnnounceChannel> all() {
        return jdbc.sql("select guild_id, channel_id, role_id from discord_announce_channel order by guild_id")
                .query((rs, i) -> new AnnounceChannel(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public Optional<AnnounceChannel> of(String guildId) {
        return jdbc.sql("select guild_id, channel_id, role_id from discord_announce_channel where guild_id = ?").param(guildId)
                .query((rs, i) -> new AnnounceChannel(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    boolean clear(String guildId) {
        return jdbc.sql("delete from discord_announce_channel where guild_id = ?").param(guildId).update() == 1;
    }
}
