package org.beloved.bot.stats;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.beloved.bot.DiscordGateway;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many Discord users marked a webinar's Scheduled Events "Interested", summed over the servers
 * where the bot made one. Asked of Discord (one REST call per server, with user counts) on an
 * executor thread, never on JDA's event thread; unknown when there is no event or Discord does not say.
 */
@Component
class WebinarInterest {

    private static final Logger log = LoggerFactory.getLogger(WebinarInterest.class);
    /** Discord answers in well under a second; /stats must still answer if it does not. */
    private static final int TIMEOUT_SECONDS = 3;

    private final JdbcClient jdbc;
    private final DiscordGateway gateway;

    WebinarInterest(JdbcClient jdbc, DiscordGateway gateway) {
        this.jdbc = jdbc;
        this.gateway = gateway;
    }

    /** A server's event for a webinar, as the announcer recorded it. */
    private record ServerEvent(long webinarId, String guildId, String eventId) {
    }

    /**
     * For each webinar, the interested count summed over its servers' events, absent where no count is
     * known. One REST call per server with events ({@code with_user_count=true}), whatever the number of webinars.
     */
    Map<Long, Long> interested(Collection<Long> webinarIds) {
        ShardManager manager = gateway.shards().orElse(null);
        if (manager == null || webinarIds.isEmpty()) {
            return Map.of();
        }
        List<ServerEvent> events = jdbc.sql("select webinar_id, guild_id, event_id from discord_webinar_event "
                        + "where webinar_id = any(?)")
                .param(webinarIds.toArray(Long[]::new))
                .query((rs, i) -> new ServerEvent(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        Map<String, Map<String, Integer>> countsByGuild = new HashMap<>();
        Map<Long, Long> interested = new HashMap<>();
        for (ServerEvent e : events) {
            Integer count = countsByGuild.computeIfAbsent(e.guildId(), g -> counts(manager, g)).get(e.eventId());
            if (count != null && count >= 0) {
                interested.merge(e.webinarId(), (long) count, Long::sum);
            }
        }
        return interested;
    }

    /** The interested count of each of the server's events; empty when the server is gone or Discord does not answer. */
    private static Map<String, Integer> counts(ShardManager manager, String guildId) {
        Guild guild = manager.getGuildById(guildId);
        if (guild == null) {
            return Map.of();
        }
        try {
            return guild.retrieveScheduledEvents(true).submit().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
                    .collect(Collectors.toMap(ScheduledEvent::getId, ScheduledEvent::getInterestedUserCount));
        } catch (InterruptedException failure) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (ExecutionException | TimeoutException | RuntimeException failure) {
            log.info("Could not read the Scheduled Events of server {}: {}", Pii.mask(guildId), failure.toString());
            return Map.of();
        }
    }
}
