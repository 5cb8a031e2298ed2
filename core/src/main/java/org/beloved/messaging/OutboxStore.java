package org.beloved.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.beloved.shared.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code outbox} table: the only code that reads or writes it. Enqueueing is set-based (one
 * {@code INSERT ... SELECT ... ON CONFLICT (dedup_key) DO NOTHING} per message, however large the
 * audience), and leaves out opted-out recipients in that same statement: the opt-out list keeps
 * only keyed hashes, so the recipients' hashes go in as an array beside their addresses.
 */
@Repository
class OutboxStore {

    private static final String INSERT = """
            insert into outbox (dedup_key, kind, subject_id, lead_seconds, channel, address, status, next_attempt_at, created_at)
            """;

    private final JdbcClient jdbc;
    private final AddressHasher hasher;

    OutboxStore(JdbcClient jdbc, AddressHasher hasher) {
        this.jdbc = jdbc;
        this.hasher = hasher;
    }

    int enqueue(Message message, Audience audience, Instant now) {
        if (audience instanceof Audience.Listed listed) {
            return enqueueListed(message, listed, now);
        }
        return enqueueAlreadySent(message, (Audience.AlreadySent) audience, now);
    }

    private int enqueueListed(Message m, Audience.Listed audience, Instant now) {
        String[] channels = audience.recipients().stream().map(r -> r.channel().name()).toArray(String[]::new);
        List<String> addresses = audience.recipients().stream().map(Recipient::address).toList();
        Timestamp at = Timestamp.from(now);
        return jdbc.sql(INSERT + """
                select ? || ':' || r.channel || ':' || r.address, ?, ?, ?, r.channel, r.address, ?, ?, ?
                from unnest(?::text[], ?::text[], ?::text[]) as r (channel, address, address_hash)
                where not exists (select 1 from opt_out o where o.channel = r.channel and o.address_hash = r.address_hash)
                on conflict (dedup_key) do nothing
                """).params(m.key(), m.kind().code(), m.subjectId(), m.lead().getSeconds(), OutboxStatus.PENDING.code(),
                        at, at, channels, addresses.toArray(String[]::new), hasher.hashes(addresses))
                .update();
    }

    /**
     * Those already sent {@code audience.kind()} about the subject, read first (their hashes are
     * computed here, not in SQL), then enqueued like a listed audience, opt-outs left out there.
     */
    private int enqueueAlreadySent(Message m, Audience.AlreadySent audience, Instant now) {
        List<Recipient> recipients = jdbc.sql("""
                select distinct channel, address from outbox where kind = ? and subject_id = ? and status = ?
                """).params(audience.kind().code(), audience.subjectId(), OutboxStatus.SENT.code())
                .query((rs, i) -> new Recipient(Channel.valueOf(rs.getString(1)), rs.getString(2))).list();
        return recipients.isEmpty() ? 0 : enqueueListed(m, new Audience.Listed(recipients), now);
    }

    int withdraw(Collection<MessageKind> kinds, long subjectId, String reason) {
        String[] codes = kinds.stream().map(MessageKind::code).toArray(String[]::new);
        return jdbc.sql("update outbox set status = ?, last_error = ? where kind = any (?) and subject_id = ? and status = ?")
                .params(OutboxStatus.SKIPPED.code(), reason, codes, subjectId, OutboxStatus.PENDING.code())
                .update();
    }

    /** Takes the next due row, marking it 'sending' in the same statement, so no other worker or instance takes it. */
    Optional<OutboxMessage> claim(Instant now) {
        return jdbc.sql("""
                update outbox set status = :sending, claimed_at = :now where id = (
                    select id from outbox where status = :pending and next_attempt_at <= :now
                    order by next_attempt_at, id limit 1 for update skip locked)
                returning id, kind, subject_id, lead_seconds, channel, address, attempts
                """).param("sending", OutboxStatus.SENDING.code()).param("pending", OutboxStatus.PENDING.code())
                .param("now", Timestamp.from(now))
                .query(OutboxStore::message).optional();
    }

    private static OutboxMessage message(ResultSet rs, int i) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), MessageKind.fromCode(rs.getString("kind")), rs.getLong("subject_id"),
                Duration.ofSeconds(rs.getLong("lead_seconds")), Channel.valueOf(rs.getString("channel")),
                rs.getString("address"), rs.getInt("attempts"));
    }

    /** Back to pending until {@code at}, counting {@code attempts} so far and why the last one did not go. */
    void reschedule(long id, Instant at, int attempts, String why) {
        jdbc.sql("update outbox set status = ?, claimed_at = null, attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                .params(OutboxStatus.PENDING.code(), attempts, why, Timestamp.from(at), id).update();
    }

    void finish(long id, OutboxStatus status, String externalId, String detail, Instant now) {
        jdbc.sql("update outbox set status = ?, external_id = ?, last_error = ?, sent_at = ? where id = ?")
                .params(status.code(), externalId, detail,
                        status == OutboxStatus.SENT ? Timestamp.from(now) : null, id)
                .update();
    }

    void finishFailed(long id, int attempts, String why) {
        jdbc.sql("update outbox set status = ?, attempts = ?, last_error = ? where id = ?")
                .params(OutboxStatus.FAILED.code(), attempts, why, id).update();
    }

    /** Whether the row is still there and claimed (DELETE MY DATA removes it, claimed or not). */
    boolean isClaimed(long id) {
        return jdbc.sql("select exists (select 1 from outbox where id = ? and status = ?)")
                .params(id, OutboxStatus.SENDING.code()).query(Boolean.class).single();
    }

    /** Every message queued or sent to the address (DELETE MY DATA). */
    int erase(Channel channel, String address) {
        return jdbc.sql("delete from outbox where channel = ? and address = ?").params(channel.name(), address).update();
    }
}
