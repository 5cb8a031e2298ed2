package org.beloved.bot.webinars;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.managers.ScheduledEventManager;
import net.dv8tion.jda.api.requests.RestAction;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarChanged.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Each server's Discord Scheduled Event of a webinar, kept in step with it: created where the bot
 * may create events, renamed, moved and cancelled with the webinar. Its calls are waited for on
 * the announcement worker's thread, never on JDA's.
 */
@Component
class ScheduledEvents {

    private static final Logger log = LoggerFactory.getLogger(ScheduledEvents.class);
    private static final long TIMEOUT_SECONDS = 30;

    private final ServerRecords records;
    private final Clock clock;

    ScheduledEvents(ServerRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * The Scheduled Event kept in step (on a retry, one an earlier attempt created is found first);
     * the event's id, when the server has one. Discord refusing (a missing permission, a time it
     * will not take) is logged and the post still goes; Discord failing or not answering is tried again.
     *
     * @throws WebinarAnnouncer.NotYet when Discord failed or did not answer
     */
    String inStep(Guild guild, Webinar w, Change change, String eventId, boolean retry) {
        String known = eventId;
        try {
            if (known == null && retry) {
                known = createdBefore(guild, w).orElse(null);
            }
            return keepInStep(guild, w, change, known);
        } catch (RuntimeException e) {
            if (!refused(e)) {
                throw new WebinarAnnouncer.NotYet("the Scheduled Event could not be kept in step: " + e.getMessage(), e);
            }
            log.warn("Webinar {}: Discord refused the Scheduled Event in server {}: {}", w.id(), guild.getId(), e.getMessage());
            return known;
        }
    }

    /** A definite no: a 4xx Discord answered, or one of JDA's own checks (a start more than five years ahead). */
    private static boolean refused(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof ErrorResponseException error) {
            return !error.isServerError() && (error.getResponse() == null || error.getResponse().getException() == null);
        }
        return cause instanceof IllegalArgumentException;
    }

    /**
     * On a retry, the event an earlier attempt may have created without recording it (the instance
     * died, or Discord's answer was lost): one of the bot's own events in the server with the
     * webinar's name that no webinar has recorded. Found, it is recorded and kept in step rather
     * than created twice.
     */
    private Optional<String> createdBefore(Guild guild, Webinar w) {
        Set<String> recorded = records.eventIdsIn(guild.getId());
        long self = guild.getJDA().getSelfUser().getIdLong();
        Optional<String> found = await(guild.retrieveScheduledEvents()).stream()
                .filter(e -> e.getCreatorIdLong() == self && e.getName().equals(eventName(w)) && !recorded.contains(e.getId()))
                .filter(e -> e.getStatus() == ScheduledEvent.Status.SCHEDULED || e.getStatus() == ScheduledEvent.Status.ACTIVE)
                .map(ScheduledEvent::getId).findFirst();
        found.ifPresent(id -> {
            log.info("Webinar {}: Scheduled Event {} in server {} was created by an earlier attempt; kept", w.id(), id, guild.getId());
            records.recordEvent(w.id(), guild.getId(), id);
        });
        return found;
    }

    /**
     * Creating needs Create Events; the bot's own events can then be edited and cancelled with it
     * (or with Manage Events). Once the webinar has started, its event keeps its times: Discord
     * refuses a start in the past.
     */
    private String keepInStep(Guild guild, Webinar w, Change change, String eventId) {
        boolean mayCreate = guild.getSelfMember().hasPermission(Permission.CREATE_SCHEDULED_EVENTS);
        boolean mayEdit = mayCreate || guild.getSelfMember().hasPermission(Permission.MANAGE_EVENTS);
        boolean ahead = w.start().isAfter(clock.instant());
        if (eventId == null) {
            if (change != Change.CANCELLED && mayCreate && ahead) {
                ScheduledEvent created = await(guild.createScheduledEvent(eventName(w), eventLocation(w), at(w.start()),
                        at(w.end())).setDescription(eventDescription(w)));
                records.recordEvent(w.id(), guild.getId(), created.getId());
                return created.getId();
            }
        } else if (mayEdit && change == Change.CANCELLED) {
            await(guild.retrieveScheduledEventById(eventId).flatMap(e -> e.getManager().setStatus(ScheduledEvent.Status.CANCELED)));
        } else if (mayEdit) {
            await(guild.retrieveScheduledEventById(eventId).flatMap(e -> {
                ScheduledEventManager manager = e.getManager().setName(eventName(w)).setDescription(eventDescription(w))
                        .setLocation(eventLocation(w));
                return ahead && e.getStatus() == ScheduledEvent.Status.SCHEDULED
                        ? manager.setStartTime(at(w.start())).setEndTime(at(w.end())) : manager;
            }));
        }
        return eventId;
    }

    /** One request, waited for on the worker's thread so that the next step sees its result. */
    private static <T> T await(RestAction<T> action) {
        try {
            return action.submit().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Discord refused: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Discord did not answer in " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String eventName(Webinar w) {
        return shorten(w.title(), ScheduledEvent.MAX_NAME_LENGTH);
    }

    /** The join link is the location when it fits Discord's 100 characters; else it leads the description. */
    static String eventLocation(Webinar w) {
        return w.joinUrl().length() <= ScheduledEvent.MAX_LOCATION_LENGTH ? w.joinUrl() : "Online";
    }

    static String eventDescription(Webinar w) {
        String link = w.joinUrl().length() <= ScheduledEvent.MAX_LOCATION_LENGTH ? "" : w.joinUrl() + "\n";
        return shorten(link + w.description(), ScheduledEvent.MAX_DESCRIPTION_LENGTH);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
