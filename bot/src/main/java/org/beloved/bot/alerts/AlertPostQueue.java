package org.beloved.bot.alerts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable queue of alert posts in Discord servers ({@code discord_alert_post}): one row per
 * alert and server, claimed with SKIP LOCKED and a lease, retried with back-off.
 */
@Repository
class AlertPostQueue {

    /** A claimed row. */
    record Task(long id, long alertId, String guildId, String channelId, int attempts) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AlertPostQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues the alert's post in the server, unless it is already queued (a repeated send). */
    void enqueue(long alertId, String guildId, String channelId) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into discord_alert_post (alert_id, guild_id, channel_id, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?) on conflict (alert_id, guild_id) do nothing
                """).params(alertId, guildId, channelId, now, now).update();
    }

    /** Takes the oldest due row for {@code lease}; a row whose lease ran out counts as due. */
    Optional<Task> claim(String owner, Duration lease) {
        Instant now = clock.instant();
        return jdbc.sql("""
                update discord_alert_post t set lease_owner = :owner, lease_until = :until, attempts = t.attempts + 1
                where t.id = (
                    select id from discord_alert_post where status = 'pending' and next_attempt_at <= :now
                      and (lease_until is null or lease_until < :now)
                    order by id limit 1 for update skip locked)
                returning t.id, t.alert_id, t.guild_id, t.channel_id, t.attempts
                """).param("owner", owner).param("until", Timestamp.from(now.plus(lease))).param("now", Timestamp.from(now))
                .query((rs, i) -> new Task(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .optional();
    }

    /** Finished (posted, or its outcome unknown): never posted again. Only while {@code owner} holds it. */
    void done(long id, String owner, String postId, String note) {
        finish(id, owner, "done", postId, note);
    }

    void failed(long id, String owner, String error) {
        finish(id, owner, "failed", null, error);
    }

    void retry(long id, String owner, String error, Duration after) {
        jdbc.sql("""
                update discord_alert_post set lease_owner = null, lease_until = null, last_error = ?, next_attempt_at = ?
                where id = ? and lease_owner = ?
                """).params(error, Timestamp.from(clock.instant().plus(after)), id, owner).update();
    }

    private void finish(long id, String owner, String status, String postId, String note) {
        jdbc.sql("""
                update discord_alert_post set status = ?, post_id = ?, last_error = ?, finished_at = ?, lease_owner = null,
                    lease_until = null
                where id = ? and lease_owner = ?
                """).params(status, postId, note, Timestamp.from(clock.instant()), id, owner).update();
    }
}
