package org.beloved.sms;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SMS we send, recorded before the Twilio call and reconciled by sid afterwards. */
@Repository
class SmsOutboundStore {

    /** Statuses Twilio reports last; an earlier status arriving late does not overwrite them. */
    private static final String FINAL = "('delivered', 'undelivered', 'failed', 'read')";

    private final JdbcClient jdbc;
    private final Clock clock;

    SmsOutboundStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Committed before the Twilio call: without it for an outbox row, no call was made for that row.
     * {@code outboxId} is null for a text sent for no outbox row (a console sign-in code);
     * {@code segments}: what the text takes as sent, for {@link SmsStats#segmentsSent}.
     */
    long recordAttempt(String to, String body, Long outboxId, int segments) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                insert into sms_outbound (to_number, body, status, created_at, updated_at, outbox_id, segments)
                values (?, ?, 'sending', ?, ?, ?, ?) returning id
                """).params(to, body, now, now, outboxId, segments).query(Long.class).single();
    }

    /** Every call made for the outbox row, newest first. */
    List<Attempt> attemptsFor(long outboxId) {
        return jdbc.sql("select id, sid from sms_outbound where outbox_id = ? order by id desc").param(outboxId)
                .query((rs, i) -> new Attempt(rs.getLong("id"), rs.getString("sid"))).list();
    }

    /** @param sid Twilio's id for the message, once Twilio's answer (or its message list) gave one */
    record Attempt(long id, String sid) {
    }

    void accepted(long id, String sid, String status) {
        jdbc.sql("update sms_outbound set sid = ?, status = ?, updated_at = ? where id = ?")
                .params(sid, status, Timestamp.from(clock.instant()), id).update();
    }

    void failed(long id, Integer errorCode) {
        jdbc.sql("update sms_outbound set status = 'failed', error_code = ?, updated_at = ? where id = ?")
                .params(errorCode, Timestamp.from(clock.instant()), id).update();
    }

    void unknown(long id) {
        jdbc.sql("update sms_outbound set status = 'unknown', updated_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    /** Applies a status callback; returns the recipient when the sid is ours. */
    Optional<String> updateStatus(String sid, String status, Integer errorCode) {
        return jdbc.sql("update sms_outbound set status = case when status in " + FINAL + " and ? not in " + FINAL
                        + " then status else ? end, error_code = coalesce(?, error_code), updated_at = ?"
                        + " where sid = ? returning to_number")
                .params(status, status, errorCode, Timestamp.from(clock.instant()), sid)
                .query(String.class).optional();
    }

    /** Every text sent to the number, with its body and sid (DELETE MY DATA). @return how many */
    int erase(String to) {
        return jdbc.sql("delete from sms_outbound where to_number = ?").param(to).update();
    }
}
