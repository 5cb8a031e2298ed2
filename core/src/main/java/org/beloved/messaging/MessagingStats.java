package org.beloved.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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

    /**
     * Each of the {@code days} days (UTC) up to and including today: texts in and out, delivery
     * failures and opt-outs (see {@link MessagingDay}). Web simulator traffic is left out. Four queries.
     */
    public List<MessagingDay> lastDays(int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        Timestamp from = Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant());
        Map<LocalDate, Long> in = perDay("""
                select (received_at at time zone 'UTC')::date, count(*) from inbound_message
                where channel <> 'WEB' and received_at >= ? group by 1""", from);
        Map<LocalDate, Long> replies = perDay("""
                select (received_at at time zone 'UTC')::date, count(*) from inbound_message
                where channel <> 'WEB' and reply is not null and received_at >= ? group by 1""", from);
        Map<LocalDate, Long> sent = perDay("""
                select (sent_at at time zone 'UTC')::date, count(*) from outbox
                where status = 'sent' and sent_at >= ? group by 1""", from);
        Map<LocalDate, Long> failed = perDay("""
                select (created_at at time zone 'UTC')::date, count(*) from outbox
                where status = 'failed' and created_at >= ? group by 1""", from);
        Map<LocalDate, Long> optOuts = perDay("""
                select (created_at at time zone 'UTC')::date, count(*) from opt_out
                where channel <> 'WEB' and created_at >= ? group by 1""", from);
        List<MessagingDay> result = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            result.add(new MessagingDay(day, in.getOrDefault(day, 0L), replies.getOrDefault(day, 0L)
                    + sent.getOrDefault(day, 0L), failed.getOrDefault(day, 0L), optOuts.getOrDefault(day, 0L)));
        }
        return result;
    }

    /**
     * The SMS segments of the replies in webhook answers ({@link InboundLog#recordReply}), per UTC
     * day of the text answered, for each of the {@code days} days up to and including today, oldest
     * first. Texts sent through a provider's API are the channel adapter's to count. One query.
     */
    public long[] replySegments(int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, Long> sums = perDay("""
                select (received_at at time zone 'UTC')::date, sum(reply_segments) from inbound_message
                where channel = 'SMS' and reply_segments is not null and received_at >= ? group by 1""",
                Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant()));
        long[] values = new long[days];
        for (int d = 0; d < days; d++) {
            values[d] = sums.getOrDefault(first.plusDays(d), 0L);
        }
        return values;
    }

    private Map<LocalDate, Long> perDay(String sql, Timestamp from) {
        Map<LocalDate, Long> counts = new HashMap<>();
        jdbc.sql(sql).param(from).query((rs, i) -> counts.put(rs.getObject(1, LocalDate.class), rs.getLong(2))).list();
        return counts;
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
