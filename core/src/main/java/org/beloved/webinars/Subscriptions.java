package org.beloved.webinars;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.beloved.messaging.Recipient;
import org.beloved.shared.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who wants webinar reminders, and in which time zone. */
@Service
public class Subscriptions {

    private final JdbcClient jdbc;
    private final Clock clock;

    Subscriptions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void subscribe(Channel channel, String address, ZoneId zone) {
        jdbc.sql("""
                insert into webinar_subscription (channel, address, time_zone, created_at, last_used_at) values (?, ?, ?, ?, ?)
                on conflict (channel, address) do update set time_zone = excluded.time_zone, last_used_at = excluded.last_used_at
                """).params(channel.name(), address, zone.getId(), Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant())).update();
    }

    public boolean unsubscribe(Channel channel, String address) {
        return jdbc.sql("delete from webinar_subscription where channel = ? and address = ?")
                .params(channel.name(), address).update() == 1;
    }

    /**
     * Everyone subscribed who can receive a reminder, as an audience for messaging: never the web
     * channel, whose senders are chat simulator sessions that nothing can be sent to.
     */
    List<Recipient> audience() {
        return jdbc.sql("select channel, address from webinar_subscription where channel <> 'WEB'")
                .query((rs, i) -> new Recipient(Channel.valueOf(rs.getString(1)), rs.getString(2))).list();
    }

    /** How many subscribers each channel has (every channel present, zero included), for organizers' statistics. */
    public java.util.Map<Channel, Long> countByChannel() {
        java.util.Map<Channel, Long> counts = new java.util.EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            counts.put(channel, 0L);
        }
        jdbc.sql("select channel, count(*) from webinar_subscription group by channel")
                .query((rs, i) -> counts.put(Channel.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** Everyone who can be reminded (SMS, Discord) with their zone, opted out or not: messaging knows who said STOP. */
    java.util.Map<Recipient, ZoneId> audienceWithZones() {
        java.util.Map<Recipient, ZoneId> zones = new java.util.LinkedHashMap<>();
        jdbc.sql("select channel, address, time_zone from webinar_subscription where channel <> 'WEB'")
                .query((rs, i) -> zones.put(new Recipient(Channel.valueOf(rs.getString(1)), rs.getString(2)),
                        ZoneId.of(rs.getString(3)))).list();
        return zones;
    }

    /**
     * For organizers' charts: per channel that can be reminded (SMS, Discord), how many of today's
     * subscribers had subscribed by the end of each of the {@code days} days (UTC) up to today.
     */
    public java.util.Map<Channel, long[]> lastDays(int days) {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        java.time.LocalDate first = today.minusDays(days - 1L);
        java.util.Map<Channel, long[]> totals = new java.util.EnumMap<>(Channel.class);
        totals.put(Channel.SMS, new long[days]);
        totals.put(Channel.DISCORD, new long[days]);
        jdbc.sql("select channel, created_at from webinar_subscription where channel <> 'WEB'").query((rs, i) -> {
            long[] series = totals.get(Channel.valueOf(rs.getString(1)));
            java.time.LocalDate day = java.time.LocalDate.ofInstant(rs.getTimestamp(2).toInstant(), java.time.ZoneOffset.UTC);
            int from = (int) Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(first, day));
            for (int d = from; d < days; d++) {
                series[d]++;
            }
            return 1;
        }).list();
        return totals;
    }

    public Optional<ZoneId> zoneOf(Channel channel, String address) {
        return jdbc.sql("select time_zone from webinar_subscription where channel = ? and address = ?")
                .params(channel.name(), address).query(String.class).optional().map(ZoneId::of);
    }

    /** Deletes the web channel's subscriptions not renewed since the cutoff; returns how many. */
    int deleteWebUnusedSince(Instant cutoff) {
        return jdbc.sql("delete from webinar_subscription where channel = 'WEB' and last_used_at < ?")
                .param(Timestamp.from(cutoff)).update();
    }
}
