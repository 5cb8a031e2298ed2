package org.beloved.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.beloved.shared.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Figures about messaging for monitoring, read from its own tables: the outbox backlog and the
 * opt-out list, for the whole cluster (every instance reads the same numbers). Each call is one query.
 */
@Service
public class MessagingStats {

    private final JdbcClient jdbc;
    private final Clock clock;

    MessagingStats(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every channel, those with nothing due included. */
    public Map<Channel, OutboxBacklog> backlog() {
        Instant now = clock.instant();
        Map<Channel, OutboxBacklog> backlog = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            backlog.put(channel, new OutboxBacklog(channel, 0, Duration.ZERO));
        }
        jdbc.sql("""
                select channel, count(*), min(next_attempt_at) from outbox
                where status = ? and next_attempt_at <= ? group by channel
                """).params(OutboxStatus.PENDING.code(), Timestamp.from(now))
                .query((rs, i) -> {
                    Channel channel = Channel.valueOf(rs.getString(1));
                    Instant oldest = rs.getTimestamp(3).toInstant();
                    Duration age = oldest.isBefore(now) ? Duration.between(oldest, now) : Duration.ZERO;
                    return new OutboxBacklog(channel, rs.getLong(2), age);
                })
                .list().forEach(b -> backlog.put(b.channel(), b));
        return backlog;
    }

    /** How many addresses are opted out, per channel (every channel, zeros included). */
    public Map<Channel, Long> optOuts() {
        Map<Channel, Long> counts = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            counts.put(channel, 0L);
        }
        jdbc.sql("select channel, count(*) from opt_out group by channel")
                .query((rs, i) -> Map.entry(Channel.valueOf(rs.getString(1)), rs.getLong(2)))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
