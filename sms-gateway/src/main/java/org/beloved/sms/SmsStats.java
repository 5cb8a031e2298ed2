package org.beloved.sms;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Figures about the SMS this adapter sends through Twilio's API, read from its own table, for monitoring. */
@Service
public class SmsStats {

    private final JdbcClient jdbc;
    private final Clock clock;

    SmsStats(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The segments of the texts Twilio accepted (those with a sid) through the API (outbox, alerts,
     * sign-in codes), per UTC day, for each of the {@code days} days up to and including today,
     * oldest first. Replies in a webhook's answer are not here (messaging counts those). One query.
     */
    public long[] segmentsSent(int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        long[] values = new long[days];
        jdbc.sql("""
                select (created_at at time zone 'UTC')::date, sum(segments) from sms_outbound
                where sid is not null and segments is not null and created_at >= ? group by 1""")
                .param(Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query((rs, i) -> {
                    int day = (int) ChronoUnit.DAYS.between(first, rs.getObject(1, LocalDate.class));
                    if (day >= 0 && day < days) {
                        values[day] = rs.getLong(2);
                    }
                    return null;
                }).list();
        return values;
    }
}
