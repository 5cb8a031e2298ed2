package org.beloved.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beloved.shared.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code outbox} table: the only code that reads or writes it. Enqueueing is set-based (one
 * {@code INSERT ... SELECT ... ON CONFLICT (dedup_key) DO NOTHING} per message, however large the
 * audience), and leaves out opted-out recipients in that same statement: the opt-out list keeps
 * only keyed hashes, so the recipients' hashes go in as an array beside their addresses.
 *
 * <p>A claim ({@code FOR UPDATE SKIP LOCKED}) is a lease: the row carries the claiming instance and
 * until when it holds it. Writes that depend on still holding the row say so in their WHERE clause.
 * The text handed to a channel stays on the row only while its outcome may need verifying.
 */
@Repository
class OutboxStore {

    private static final String INSERT = """
            insert into outbox (dedup_key, kind, subject_id, lead_seconds, channel, address, status, next_attempt_at, created_at)
            """;
    private static final String COLUMNS = "id, kind, subject_id, lead_seconds, channel, address, attempts";

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
        if (m.urgent()) {
            return enqueueAhead(m, channels, addresses, at);
        }
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
     * An urgent message: like a listed audience, but each row is due a millisecond before the oldest
     * row already due on its channel (or now, with none), so the dispatcher, which takes due rows
     * oldest first, takes it before them. The backlog's age is left as it was.
     */
    private int enqueueAhead(Message m, String[] channels, List<String> addresses, Timestamp at) {
        return jdbc.sql("""
                with ahead as (
                    select c.channel, coalesce((select min(o.next_attempt_at) from outbox o where o.status = :pending
                        and o.channel = c.channel and o.next_attempt_at <= :now), :now) - interval '1 millisecond' as due
                    from (select distinct channel from unnest(:channels::text[]) as channel) c)
                insert into outbox (dedup_key, kind, subject_id, lead_seconds, channel, address, status, next_attempt_at, created_at)
                select :key || ':' || r.channel || ':' || r.address, :kind, :subject, :lead, r.channel, r.address, :pending,
                    a.due, :now
                from unnest(:channels::text[], :addresses::text[], :hashes::text[]) as r (channel, address, address_hash)
                join ahead a on a.channel = r.channel
                where not exists (select 1 from opt_out o where o.channel = r.channel and o.address_hash = r.address_hash)
                on conflict (dedup_key) do nothing
                """).param("pending", OutboxStatus.PENDING.code()).param("now", at).param("channels", channels)
                .param("key", m.key()).param("kind", m.kind().code()).param("subject", m.subjectId())
                .param("lead", m.lead().getSeconds()).param("addresses", addresses.toArray(String[]::new))
                .param("hashes", hasher.hashes(addresses)).update();
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

    /** Which of these channels have rows due to be sent now (one index probe per channel). */
    List<Channel> dueChannels(Collection<Channel> channels, Instant now) {
        if (channels.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c from unnest(?::text[]) as c where exists (
                    select 1 from outbox where status = ? and channel = c and next_attempt_at <= ?)
                """).params(names(channels), OutboxStatus.PENDING.code(), Timestamp.from(now))
                .query((rs, i) -> Channel.valueOf(rs.getString(1))).list();
    }

    /**
     * Takes the next due row of the channel, marking it 'sending' with this instance's lease in the
     * same statement, so no other worker or instance takes it while the lease lasts.
     */
    Optional<OutboxMessage> claim(Channel channel, String instance, Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                update outbox set status = :sending, claimed_at = :now, claimed_by = :instance, lease_until = :lease,
                    rendered_text = null
                where id = (
                    select id from outbox where status = :pending and channel = :channel and next_attempt_at <= :now
                    order by next_attempt_at, id limit 1 for update skip locked)
                returning\s""" + COLUMNS)
                .param("sending", OutboxStatus.SENDING.code()).param("pending", OutboxStatus.PENDING.code())
                .param("channel", channel.name()).param("instance", instance)
                .param("now", Timestamp.from(now)).param("lease", Timestamp.from(leaseUntil))
                .query(OutboxStore::message).optional();
    }

    /**
     * Records the text about to be handed to the channel, if this instance still holds the row (DELETE
     * MY DATA removes it, claimed or not; the sweeper takes it back when the lease ran out).
     *
     * @return whether the row is still ours to send
     */
    boolean handOver(long id, String instance, String text) {
        return jdbc.sql("update outbox set rendered_text = ? where id = ? and status = ? and claimed_by = ?")
                .params(text, id, OutboxStatus.SENDING.code(), instance).update() == 1;
    }

    private static OutboxMessage message(ResultSet rs, int i) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), MessageKind.fromCode(rs.getString("kind")), rs.getLong("subject_id"),
                Duration.ofSeconds(rs.getLong("lead_seconds")), Channel.valueOf(rs.getString("channel")),
                rs.getString("address"), rs.getInt("attempts"));
    }

    /** Back to pending until {@code at}, counting {@code attempts} so far and why the last one did not go. */
    void reschedule(long id, Instant at, int attempts, String why) {
        jdbc.sql("""
                update outbox set status = ?, claimed_at = null, claimed_by = null, lease_until = null, rendered_text = null,
                    attempts = ?, last_error = ?, next_attempt_at = ? where id = ?
                """).params(OutboxStatus.PENDING.code(), attempts, why, Timestamp.from(at), id).update();
    }

    void finish(long id, OutboxStatus status, String externalId, String detail, Instant now) {
        jdbc.sql("""
                update outbox set status = ?, external_id = ?, last_error = ?, sent_at = ?, claimed_by = null,
                    lease_until = null, rendered_text = null where id = ?
                """).params(status.code(), externalId, detail, status == OutboxStatus.SENT ? Timestamp.from(now) : null, id)
                .update();
    }

    void finishFailed(long id, int attempts, String why) {
        jdbc.sql("""
                update outbox set status = ?, attempts = ?, last_error = ?, claimed_by = null, lease_until = null,
                    rendered_text = null where id = ?
                """).params(OutboxStatus.FAILED.code(), attempts, why, id).update();
    }

    /** The channel could not say whether it went: the provider is asked from {@code at} on. */
    void toVerify(long id, String why, Instant at) {
        jdbc.sql("""
                update outbox set status = ?, last_error = ?, next_attempt_at = ?, claimed_by = null, lease_until = null
                where id = ?
                """).params(OutboxStatus.VERIFY.code(), why, Timestamp.from(at), id).update();
    }

    /**
     * Claims whose lease ran out: a row never handed to its channel goes back to pending (it cannot
     * have gone), any other is to be verified with the provider first. Any instance may sweep.
     *
     * @return the new status of each row swept
     */
    List<OutboxStatus> sweep(Instant now, int limit) {
        return jdbc.sql("""
                with expired as (
                    select id from outbox where status = :sending and lease_until < :now
                    order by lease_until limit :limit for update skip locked)
                update outbox o set status = case when o.rendered_text is null then :pending else :verify end,
                    next_attempt_at = :now, claimed_by = null, lease_until = null
                from expired where o.id = expired.id
                returning o.status
                """).param("sending", OutboxStatus.SENDING.code()).param("pending", OutboxStatus.PENDING.code())
                .param("verify", OutboxStatus.VERIFY.code()).param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, i) -> OutboxStatus.fromCode(rs.getString(1))).list();
    }

    /**
     * Takes the next row due for verification on these channels, leasing it: it is not due again
     * before the lease runs out, so a verifier that dies mid-question leaves it for another.
     */
    Optional<Unsettled> claimToVerify(Collection<Channel> channels, String instance, Instant now, Instant leaseUntil) {
        if (channels.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                update outbox set claimed_by = :instance, lease_until = :lease, next_attempt_at = :lease
                where id = (
                    select id from outbox where status = :verify and channel = any (:channels) and next_attempt_at <= :now
                    order by next_attempt_at, id limit 1 for update skip locked)
                returning\s""" + COLUMNS + ", claimed_at, rendered_text, checks")
                .param("verify", OutboxStatus.VERIFY.code()).param("channels", names(channels))
                .param("instance", instance).param("now", Timestamp.from(now)).param("lease", Timestamp.from(leaseUntil))
                .query((rs, i) -> new Unsettled(message(rs, i), instant(rs.getTimestamp("claimed_at")),
                        rs.getString("rendered_text"), rs.getInt("checks")))
                .optional();
    }

    /** The provider has it: sent, with the provider's id. */
    boolean verifiedSent(long id, String instance, String externalId, Instant now) {
        return jdbc.sql("""
                update outbox set status = ?, external_id = ?, sent_at = ?, last_error = null, claimed_by = null,
                    lease_until = null, rendered_text = null where id = ? and status = ? and claimed_by = ?
                """).params(OutboxStatus.SENT.code(), externalId, Timestamp.from(now), id, OutboxStatus.VERIFY.code(), instance)
                .update() == 1;
    }

    /** The provider provably does not have it: due to be sent again now, on the normal path. */
    boolean verifiedNotSent(long id, String instance, String why, Instant now) {
        return jdbc.sql("""
                update outbox set status = ?, next_attempt_at = ?, last_error = ?, claimed_by = null, lease_until = null,
                    claimed_at = null, rendered_text = null, checks = 0 where id = ? and status = ? and claimed_by = ?
                """).params(OutboxStatus.PENDING.code(), Timestamp.from(now), why, id, OutboxStatus.VERIFY.code(), instance)
                .update() == 1;
    }

    /** The provider could not tell: asked again from {@code at}, or, with {@code status} unknown, never again. */
    boolean notVerified(long id, String instance, OutboxStatus status, int checks, String why, Instant at) {
        return jdbc.sql("""
                update outbox set status = ?, checks = ?, last_error = ?, next_attempt_at = ?, claimed_by = null,
                    lease_until = null where id = ? and status = ? and claimed_by = ?
                """).params(status.code(), checks, why, Timestamp.from(at), id, OutboxStatus.VERIFY.code(), instance)
                .update() == 1;
    }

    /**
     * A late word from the provider that the row's message went out (an SMS status callback):
     * settles the row as sent, whatever it was waiting for, so it is never sent again.
     */
    boolean confirmSent(long id, String externalId, Instant now) {
        return jdbc.sql("""
                update outbox set status = ?, external_id = coalesce(external_id, ?), sent_at = coalesce(sent_at, ?),
                    claimed_by = null, lease_until = null, rendered_text = null where id = ? and status <> ?
                """).params(OutboxStatus.SENT.code(), externalId, Timestamp.from(now), id, OutboxStatus.SENT.code())
                .update() == 1;
    }

    /**
     * What this instance holds when it stops: rows not yet handed to a channel go back to pending,
     * rows it was verifying become due for verification again.
     *
     * @return how many rows were given back
     */
    int release(String instance, Instant now) {
        int unsent = jdbc.sql("""
                update outbox set status = ?, claimed_at = null, claimed_by = null, lease_until = null
                where claimed_by = ? and status = ? and rendered_text is null
                """).params(OutboxStatus.PENDING.code(), instance, OutboxStatus.SENDING.code()).update();
        int verifying = jdbc.sql("""
                update outbox set next_attempt_at = ?, claimed_by = null, lease_until = null where claimed_by = ? and status = ?
                """).params(Timestamp.from(now), instance, OutboxStatus.VERIFY.code()).update();
        return unsent + verifying;
    }

    OutboxTally tally(MessageKind kind, long subjectId) {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        jdbc.sql("select status, count(*) from outbox where subject_id = ? and kind = ? group by status")
                .params(subjectId, kind.code())
                .query((rs, i) -> counts.put(OutboxStatus.fromCode(rs.getString(1)), rs.getLong(2))).list();
        return new OutboxTally(counts.getOrDefault(OutboxStatus.PENDING, 0L) + counts.getOrDefault(OutboxStatus.SENDING, 0L)
                + counts.getOrDefault(OutboxStatus.VERIFY, 0L), counts.getOrDefault(OutboxStatus.SENT, 0L),
                counts.getOrDefault(OutboxStatus.FAILED, 0L), counts.getOrDefault(OutboxStatus.SKIPPED, 0L),
                counts.getOrDefault(OutboxStatus.UNKNOWN, 0L));
    }

    /** Each row's key is the message's key, the recipient's channel and address appended (see the inserts). */
    Optional<Enqueued> enqueued(Message m) {
        Map<Channel, Long> recipients = new EnumMap<>(Channel.class);
        Instant[] first = new Instant[1];
        jdbc.sql("""
                select channel, count(*), min(created_at) from outbox
                where subject_id = ? and kind = ? and lead_seconds = ? and starts_with(dedup_key, ?) group by channel
                """).params(m.subjectId(), m.kind().code(), m.lead().getSeconds(), m.key() + ":")
                .query((rs, i) -> {
                    recipients.put(Channel.valueOf(rs.getString(1)), rs.getLong(2));
                    Instant at = rs.getTimestamp(3).toInstant();
                    first[0] = first[0] == null || at.isBefore(first[0]) ? at : first[0];
                    return at;
                }).list();
        return first[0] == null ? Optional.empty() : Optional.of(new Enqueued(first[0], recipients));
    }

    /** Every message queued or sent to the address (DELETE MY DATA). */
    int erase(Channel channel, String address) {
        return jdbc.sql("delete from outbox where channel = ? and address = ?").params(channel.name(), address).update();
    }

    private static String[] names(Collection<Channel> channels) {
        return channels.stream().map(Channel::name).toArray(String[]::new);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * A row whose outcome is to be verified with the provider.
     *
     * @param claimedAt when the attempt in doubt was claimed: the provider is asked about messages since then
     * @param text what was handed to the channel
     * @param checks how often the provider could not tell so far
     */
    record Unsettled(OutboxMessage message, Instant claimedAt, String text, int checks) {
    }
}
