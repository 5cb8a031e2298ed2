package org.beloved.bot.webinars;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the bot has told each Discord server about each webinar: the announcement, the Scheduled Event. */
@Repository
class ServerRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    ServerRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void recordEvent(long webinarId, String guildId, String eventId) {
        jdbc.sql("""
                insert into discord_webinar_event (webinar_id, guild_id, event_id, created_at) values (?, ?, ?, ?)
                on conflict (webinar_id, guild_id) do update set event_id = excluded.event_id
                """).params(webinarId, guildId, eventId, Timestamp.from(clock.instant())).update();
    }

    /** Server id to event id, for one webinar. */
    Map<String, String> events(long webinarId) {
        return jdbc.sql("select guild_id, event_id from discord_webinar_event where webinar_id = ?").param(webinarId)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every event recorded in a server, for any webinar. */
    Set<String> eventIdsIn(String guildId) {
        return Set.copyOf(jdbc.sql("select event_id from discord_webinar_event where guild_id = ?").param(guildId)
                .query(String.class).list());
    }

    void recordAnnounced(long webinarId, String guildId, String messageId) {
        jdbc.sql("""
                insert into discord_webinar_announced (webinar_id, guild_id, message_id, announced_at) values (?, ?, ?, ?)
                on conflict (webinar_id, guild_id) do nothing
                """).params(webinarId, guildId, messageId, Timestamp.from(clock.instant())).update();
    }

    /** The servers already shown a webinar. */
    Set<String> announcedGuilds(long webinarId) {
        return Set.copyOf(jdbc.sql("select guild_id from discord_webinar_announced where webinar_id = ?").param(webinarId)
                .query(String.class).list());
    }

    /** Of these webinars, the ones already announced in a server. */
    Set<Long> announcedIn(String guildId, Collection<Long> webinarIds) {
        if (webinarIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select webinar_id from discord_webinar_announced where guild_id = :guild and webinar_id in (:ids)")
                .param("guild", guildId).param("ids", webinarIds).query(Long.class).list());
    }
}
