package org.beloved.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.beloved.shared.Channel;
import org.beloved.shared.WriteBatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Inbound messages by their channel id, for idempotency and audit. A channel adapter calls
 * {@link #claim} first, inside the transaction that handles the message: a retry of a message
 * already handled gets the stored reply back and must have no second effect.
 */
@Service
public class InboundLog {

    /** The outcome of a claim: first time (handle it), or a retry (answer {@code reply} again). */
    public record Claim(boolean firstTime, List<String> reply) {
    }

    private final JdbcClient jdbc;
    private final WriteBatch batch;

    InboundLog(JdbcClient jdbc, WriteBatch batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Records the message unless its id was seen. A concurrent retry waits on the row's unique key
     * until the first handling commits, then sees its reply.
     */
    public Claim claim(Channel channel, String externalId, String sender, String body, Instant receivedAt) {
        int inserted = jdbc.sql("""
                insert into inbound_message (channel, external_id, sender, body, received_at)
                values (?, ?, ?, ?, ?) on conflict do nothing
                """)
                .params(channel.name(), externalId, sender, body, Timestamp.from(receivedAt))
                .update();
        if (inserted == 1) {
            return new Claim(true, List.of());
        }
        // A tombstone (the sender erased their data since) has no reply: the replay is answered with nothing.
        List<String> reply = jdbc.sql("select reply from inbound_message where channel = ? and external_id = ?")
                .params(channel.name(), externalId)
                .query((rs, i) -> rs.getArray(1) == null ? List.<String>of()
                        : Arrays.asList((String[]) rs.getArray(1).getArray()))
                .single();
        return new Claim(false, reply);
    }

    /**
     * Stores what was answered, for retries; {@code paged}: the message only took the next page of
     * an answer already given, and the per-sender count ({@link InboundIntake#receive}) leaves it out;
     * {@code segments}: what the reply costs on the channel (SMS segments), for
     * {@link MessagingStats#replySegments}. Written with the transaction's other end-of-turn writes,
     * just before it commits ({@link WriteBatch}): a retry waiting on the claim sees it once committed.
     */
    public void recordReply(Channel channel, String externalId, List<String> reply, boolean paged, int segments) {
        batch.add("update inbound_message set reply = ?, paged = ?, reply_segments = ? where channel = ? and external_id = ?",
                reply.toArray(String[]::new), paged, segments, channel.name(), externalId);
    }

    /**
     * Erases a sender's stored messages (DELETE MY DATA): address, body and reply are wiped, and
     * each message's channel id stays as a tombstone, so that a retried or replayed webhook finds
     * its id taken ({@link #claim} answers it with nothing) and cannot bring anything back.
     *
     * @return how many messages were erased
     */
    int erase(Channel channel, String sender) {
        return jdbc.sql("update inbound_message set sender = null, body = null, reply = null where channel = ? and sender = ?")
                .params(channel.name(), sender)
                .update();
    }

    /** Whether the message was erased after it was claimed (its sender asked for DELETE MY DATA in this very turn). */
    public boolean isErased(Channel channel, String externalId) {
        return jdbc.sql("select exists (select 1 from inbound_message where channel = ? and external_id = ? and sender is null)")
                .params(channel.name(), externalId)
                .query(Boolean.class).single();
    }
}
