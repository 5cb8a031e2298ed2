package org.beloved.bot.webinars;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable queue of announcement work ({@code discord_announcement}): written in the transaction
 * of the change it announces, claimed with SKIP LOCKED and a lease, retried with back-off. Work of
 * one webinar in one server is handed out in order, one row at a time: a row waits while an older
 * one of the same pair is pending (waiting for a retry or in hand).
 */
@Repository
class AnnouncementQueue {

    /** What a row asks for: a change to announce, or a webinar a server missed. */
    enum Kind { SCHEDULED, EDITED, CANCELLED, CATCH_UP }

    /** A claimed row. {@code postId}: the post already made for it on an earlier attempt, if any. */
    record Task(long id, long webinarId, String guildId, Kind kind, int attempts, boolean eventDone, String postId) {

        Optional<String> post() {
            return Optional.ofNullable(postId);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AnnouncementQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One row per server for one change, under one new change id: queued once per server. */
    void enqueueChange(long webinarId, Kind kind, Collection<String> guildIds) {
        if (guildIds.isEmpty()) {
            return;
        }
        long changeId = jdbc.sql("select nextval('discord_announcement_change')").query(Long.class).single();
        Timestamp now = Timestamp.from(clock.instant());
        for (String guildId : guildIds) {
            jdbc.sql("""
                    insert into discord_announcement (webinar_id, guild_id, kind, change_id, next_attempt_at, created_at)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing
                    """).params(webinarId, guildId, kind.name(), changeId, now, now).update();
        }
    }

    /** A catch-up row per webinar, unless one is already pending for it in that server. */
    void enqueueCatchUp(String guildId, Collection<Long> webinarIds) {
        Timestamp now = Timestamp.from(clock.instant());
        for (long webinarId : webinarIds) {
            jdbc.sql("""
                    insert into discord_announcement (webinar_id, guild_id, kind, next_attempt_at, created_at)
                    values (?, ?, 'CATCH_UP', ?, ?) on conflict do nothing
                    """).params(webinarId, guildId, now, now).update();
        }
    }

    /**
     * Takes the oldest due row whose webinar and server have no older pending row, for {@code lease};
     * a row in hand elsewhere whose lease ran out counts as due. Empty: nothing to do now.
     */
    Optional<Task> claim(String owner, Duration lease) {
        Instant now = clock.instant();
        return jdbc.sql("""
                update discord_announcement t set lease_owner = :owner, lease_until = :until, attempts = t.attempts + 1
                where t.id = (
                    select a.id from discord_announcement a
                    where a.status = 'pending' and a.next_attempt_at <= :now
                      and (a.lease_until is null or a.lease_until < :now)
                      and not exists (select 1 from discord_announcement b where b.status = 'pending'
                                      and b.webinar_id = a.webinar_id and b.guild_id = a.guild_id and b.id < a.id)
                    order by a.id limit 1
                    for update skip locked)
                returning t.id, t.webinar_id, t.guild_id, t.kind, t.attempts, t.event_done, t.post_id
                """).param("owner", owner).param("until", Timestamp.from(now.plus(lease))).param("now", Timestamp.from(now))
                .query((rs, i) -> new Task(rs.getLong(1), rs.getLong(2), rs.getString(3), Kind.valueOf(rs.getString(4)),
                        rs.getInt(5), rs.getBoolean(6), rs.getString(7)))
                .optional();
    }

    /** The Scheduled Event step is done: a retry goes straight to the post. */
    void eventDone(long id) {
        jdbc.sql("update discord_announcement set event_done = true where id = ?").param(id).update();
    }

    /** The post went: a retry does not post again. */
    void posted(long id, String messageId) {
        jdbc.sql("update discord_announcement set post_id = ? where id = ?").params(messageId, id).update();
    }

    /**
     * The row is finished. Like {@link #retry}, it changes a row only while {@code owner} still
     * holds it: a worker whose lease ran out and was taken over does not overwrite the new holder's work.
     */
    void done(long id, String owner) {
        finish(id, owner, "done", null);
    }

    void failed(long id, String owner, String error) {
        finish(id, owner, "failed", error);
    }

    /** Back to waiting, until {@code after} from now. */
    void retry(long id, String owner, String error, Duration after) {
        jdbc.sql("""
                update discord_announcement set lease_owner = null, lease_until = null, last_error = ?, next_attempt_at = ?
                where id = ? and lease_owner = ?
                """).params(error, Timestamp.from(clock.instant().plus(after)), id, owner).update();
    }

    /** Deletes finished rows (done or failed) that finished more than {@code age} ago; how many. */
    int forgetFinished(Duration age) {
        return jdbc.sql("delete from discord_announcement where status <> 'pending' and finished_at < ?")
                .param(Timestamp.from(clock.instant().minus(age))).update();
    }

    private void finish(long id, String owner, String status, String error) {
        jdbc.sql("""
                update discord_announcement set status = ?, last_error = coalesce(?, last_error), finished_at = ?,
                    lease_owner = null, lease_until = null
                where id = ? and lease_owner = ?
                """).params(status, error, Timestamp.from(clock.instant()), id, owner).update();
    }
}
