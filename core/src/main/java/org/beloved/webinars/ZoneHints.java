package org.beloved.webinars;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.beloved.directory.ZipSearched;
import org.beloved.shared.Channel;
import org.beloved.shared.WriteBatch;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The time zone of the ZIP code a sender searched last, for {@link #KEPT}: REMIND right after a ZIP
 * answer uses it instead of asking again. Older hints are deleted whenever a new one is noted.
 */
@Repository
class ZoneHints {

    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final WriteBatch batch;
    private final Clock clock;

    ZoneHints(JdbcClient jdbc, WriteBatch batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** Within the turn that searched, so that the hint is there for the sender's next message. */
    @EventListener
    void on(ZipSearched searched) {
        Instant now = clock.instant();
        String channel = searched.channel().name();
        String address = searched.address();
        // One statement: the sender's own row is left to the upsert (one statement cannot delete and update a row).
        // Read only by a later turn, so it goes with the turn's other writes at commit.
        batch.add("""
                with old as (
                    delete from webinar_zone_hint where noted_at < ? and not (channel = ? and address = ?)
                )
                insert into webinar_zone_hint (channel, address, time_zone, noted_at) values (?, ?, ?, ?)
                on conflict (channel, address) do update set time_zone = excluded.time_zone, noted_at = excluded.noted_at""",
                Timestamp.from(now.minus(KEPT)), channel, address, channel, address,
                searched.zipCode().timeZone().getId(), Timestamp.from(now));
    }

    Optional<ZoneId> zoneOf(Channel channel, String address) {
        return jdbc.sql("select time_zone from webinar_zone_hint where channel = ? and address = ? and noted_at >= ?")
                .params(channel.name(), address, Timestamp.from(clock.instant().minus(KEPT)))
                .query(String.class).optional().map(ZoneId::of);
    }

    boolean forget(Channel channel, String address) {
        return jdbc.sql("delete from webinar_zone_hint where channel = ? and address = ?")
                .params(channel.name(), address).update() == 1;
    }
}
