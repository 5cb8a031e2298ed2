package org.beloved.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import org.beloved.shared.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One sending slot at a time per channel, for every instance together: each send takes the next
 * free slot from PostgreSQL (a one-row update) and waits for it, so the rate holds across the cluster.
 */
@Component
class RateGate {

    private final JdbcClient jdbc;

    RateGate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reserves the next slot and returns when it starts. */
    Instant reserve(Channel channel, double perSecond) {
        double seconds = 1.0 / perSecond;
        jdbc.sql("insert into send_rate (channel, next_slot) values (?, clock_timestamp()) on conflict do nothing")
                .param(channel.name()).update();
        // A slot nobody took in time is gone: the rate is a ceiling, never made up for afterwards.
        return jdbc.sql("""
                update send_rate set next_slot = greatest(next_slot, clock_timestamp()) + make_interval(secs => ?)
                where channel = ? returning next_slot - make_interval(secs => ?)
                """).params(seconds, channel.name(), seconds).query(Timestamp.class).single().toInstant();
    }
}
