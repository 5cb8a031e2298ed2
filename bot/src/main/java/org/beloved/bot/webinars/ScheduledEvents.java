package org.beloved.bot.webinars;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which Discord Scheduled Event stands for which webinar in which server. */
@Repository
class ScheduledEvents {

    private final JdbcClient jdbc;
    private final Clock clock;

    ScheduledEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(long webinarId, String guildId, String eventId) {
        jdbc.sql("""
                insert into discord_webinar_event (webinar_id, guild_id, event_id, created_at) values (?, ?, ?, ?)
                on conflict (webinar_id, guild_id) do update set event_id = excluded.event_id
                """).params(webinarId, guildId, eventId, Timestamp.from(clock.instant())).update();
    }

    /** Server id to event id, for one webinar. */
    Map<String, String> of(long webinarId) {
        return jdbc.sql("select guild_id, event_id from discord_webinar_event where webinar_id = ?").param(webinarId)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
