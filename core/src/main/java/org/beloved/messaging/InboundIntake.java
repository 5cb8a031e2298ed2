package org.beloved.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.beloved.shared.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a channel adapter needs to know of an inbound message before it answers, in one database
 * round trip: the idempotency claim ({@link InboundLog#claim}), whether the sender opted out
 * ({@link OptOuts#isOptedOut}), how many messages they sent lately (for a rate limit, this one
 * included; pages of an answer taken with MORE left out, see {@link InboundLog#recordReply}) and,
 * when asked, the sender marked reachable again ({@link Reachability#recordReachable}: only for a
 * first claim of a sender who has not opted out). Call it inside the transaction that handles the
 * message, like {@link InboundLog#claim}.
 */
@Service
public class InboundIntake {

    /**
     * The answer: a first claim (handle it) or a retry ({@code reply} to answer again, empty for a
     * tombstone); {@code optedOut} and {@code recent} (this sender's messages since the time asked,
     * this one included when it was a first claim).
     */
    public record Received(boolean firstTime, List<String> reply, boolean optedOut, int recent) {
    }

    private final JdbcClient jdbc;
    private final AddressHasher hasher;
    private final InboundLog log;

    InboundIntake(JdbcClient jdbc, AddressHasher hasher, InboundLog log) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        this.log = log;
    }

    /**
     * @param recentSince count the sender's messages received after this instant
     * @param markReachable whether a first claim from a sender who has not opted out clears their unreachable mark
     */
    public Received receive(Channel channel, String externalId, String sender, String body, Instant receivedAt,
            Instant recentSince, boolean markReachable) {
        // One snapshot for the whole statement: the row it inserts is not among those it counts (hence + 1),
        // and a retry that waited for a concurrent first claim cannot see that row (hence the fallback below).
        Received received = jdbc.sql("""
                with claimed as (
                    insert into inbound_message (channel, external_id, sender, body, received_at)
                    values (:channel, :id, :sender, :body, :at) on conflict do nothing
                    returning 1
                ), opted as (
                    select exists (select 1 from opt_out where channel = :channel and address_hash = :hash) as out
                ), reachable as (
                    delete from recipient_reachability
                    where :reach and channel = :channel and address = :sender
                      and exists (select 1 from claimed) and not (select out from opted)
                )
                select exists (select 1 from claimed) as first_time, (select out from opted) as opted_out,
                       (select count(*) from inbound_message
                         where channel = :channel and sender = :sender and received_at > :since and not paged) as recent,
                       exists (select 1 from inbound_message where channel = :channel and external_id = :id) as seen,
                       (select reply from inbound_message where channel = :channel and external_id = :id) as reply
                """)
                .param("channel", channel.name()).param("id", externalId).param("sender", sender).param("body", body)
                .param("at", Timestamp.from(receivedAt)).param("hash", hasher.hash(sender))
                .param("reach", markReachable).param("since", Timestamp.from(recentSince))
                .query((rs, i) -> {
                    boolean first = rs.getBoolean("first_time");
                    if (!first && !rs.getBoolean("seen")) {
                        return null;
                    }
                    List<String> reply = rs.getArray("reply") == null ? List.<String>of()
                            : Arrays.asList((String[]) rs.getArray("reply").getArray());
                    return new Received(first, first ? List.of() : reply, rs.getBoolean("opted_out"),
                            rs.getInt("recent") + (first ? 1 : 0));
                })
                .list().get(0);   // one row always; null stands for "retry of a claim this snapshot cannot see"
        if (received != null) {
            return received;
        }
        // A concurrent first claim committed while this statement waited on the key: read its reply afresh.
        InboundLog.Claim retry = log.claim(channel, externalId, sender, body, receivedAt);
        return new Received(retry.firstTime(), retry.reply(), false, 0);
    }
}
