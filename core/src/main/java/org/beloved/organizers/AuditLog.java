package org.beloved.organizers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The audit log: one row per organizer or admin action, written by whoever knows the actor, and read
 * back newest first. Rows are only ever added.
 */
@Service
public class AuditLog {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that {@code actor} did {@code action} on the record {@code recordType}/{@code recordId}
     * (both may be null for an action on no one record, like reading the log).
     */
    public void record(Actor actor, AuditAction action, String recordType, String recordId) {
        record(actor, action, recordType, recordId, List.of());
    }

    /**
     * As {@link #record(Actor, AuditAction, String, String)}, with the names of the fields the action
     * changed (an edit's), kept as its {@link AuditEvent#detail()}. Names only: a field's value may be
     * personal data, which the log must not keep beyond an erasure.
     */
    public void record(Actor actor, AuditAction action, String recordType, String recordId, List<String> fields) {
        jdbc.sql("""
                insert into audit_event (at, organizer_id, actor, action, record_type, record_id, channel, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(Timestamp.from(clock.instant()), actor.organizerId(), actor.label(), action.code(),
                        recordType, recordId, actor.channel().code(), fields.isEmpty() ? null : String.join(", ", fields))
                .update();
    }

    /**
     * At most {@code limit} events, newest first, from {@code since} on (inclusive) when given.
     *
     * @throws IllegalArgumentException when limit is not between 1 and {@link #MAX_LIMIT}
     */
    public List<AuditEvent> newest(Instant since, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        return jdbc.sql("""
                select * from audit_event where at >= coalesce(?, '-infinity'::timestamptz)
                order by at desc, id desc limit ?
                """).params(since == null ? null : Timestamp.from(since), limit)
                .query(AuditLog::event).list();
    }

    /**
     * Like {@link #newest(Instant, int)}, only events whose action is {@code action} (an {@link AuditAction}
     * code) when it is given.
     */
    public List<AuditEvent> newest(Instant since, String action, int limit) {
        if (action == null || action.isBlank()) {
            return newest(since, limit);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        return jdbc.sql("""
                select * from audit_event where at >= coalesce(?, '-infinity'::timestamptz) and action = ?
                order by at desc, id desc limit ?
                """).params(since == null ? null : Timestamp.from(since), action, limit)
                .query(AuditLog::event).list();
    }

    private static AuditEvent event(ResultSet rs, int i) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getObject("organizer_id", Long.class),
                rs.getString("actor"), rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                rs.getString("channel"), rs.getString("detail"));
    }
}
