package org.beloved.bot.webinars;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.beloved.bot.AnnounceChannels;
import org.beloved.bot.DiscordGateway;
import org.beloved.bot.DiscordQueueWorker;
import org.beloved.webinars.WebinarChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Works the announcement queue on the instance connected to Discord (every shard connected), one
 * row at a time and in order; other instances leave it alone. It looks again every
 * {@code beloved.discord.announce.interval}, and at once when work is queued here. A row that fails
 * is tried again with back-off, and after {@code attempts} attempts given up and logged. On
 * shutdown the row in hand is finished (JDA stops after this).
 */
@Component
class AnnouncementWorker extends DiscordQueueWorker {

    private static final Logger log = LoggerFactory.getLogger(AnnouncementWorker.class);
    /** Finished rows are kept this long (for a look at what happened), then deleted. */
    static final Duration KEEP_FINISHED = Duration.ofDays(30);
    private static final Duration TIDY_EVERY = Duration.ofHours(1);

    private final AnnouncementQueue queue;
    private final WebinarAnnouncer announcer;
    private final AnnouncementSettings settings;
    private Instant tidied;

    AnnouncementWorker(AnnouncementQueue queue, WebinarAnnouncer announcer, DiscordGateway gateway,
            AnnouncementSettings settings) {
        super(gateway, "discord-announce");
        this.queue = queue;
        this.announcer = announcer;
        this.settings = settings;
    }

    /** Work queued by a change on this instance is looked at once it is committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(WebinarChanged changed) {
        wake();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AnnounceChannels.ChannelSet set) {
        wake();
    }

    @Override
    protected Duration interval() {
        return settings.interval();
    }

    /** Works one due row, if there is one. */
    @Override
    protected boolean workOne(ShardManager manager) {
        Optional<AnnouncementQueue.Task> claimed = queue.claim(owner, settings.lease());
        if (claimed.isEmpty()) {
            return false;
        }
        AnnouncementQueue.Task task = claimed.get();
        try {
            announcer.perform(task, manager);
            queue.done(task.id(), owner);
        } catch (RuntimeException e) {
            failed(task, e);
        }
        return true;
    }

    /** While idle, at most once an hour: the finished rows past {@link #KEEP_FINISHED} go. */
    @Override
    protected void idle() {
        Instant now = Instant.now();
        if (tidied != null && Duration.between(tidied, now).compareTo(TIDY_EVERY) < 0) {
            return;
        }
        tidied = now;
        try {
            queue.forgetFinished(KEEP_FINISHED);
        } catch (RuntimeException e) {
            log.warn("Announcement queue: finished rows could not be deleted; trying again in {}", TIDY_EVERY, e);
        }
    }

    private void failed(AnnouncementQueue.Task task, RuntimeException e) {
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        if (task.attempts() >= settings.attempts()) {
            log.error("Webinar {}: announcement {} ({}) in server {} given up after {} attempts: {}", task.webinarId(),
                    task.id(), task.kind(), task.guildId(), task.attempts(), why, e);
            queue.failed(task.id(), owner, why);
            return;
        }
        Duration after = settings.backOff(task.attempts());
        log.warn("Webinar {}: announcement {} ({}) in server {} failed (attempt {} of {}), again in {}: {}", task.webinarId(),
                task.id(), task.kind(), task.guildId(), task.attempts(), settings.attempts(), after, why,
                e instanceof WebinarAnnouncer.NotYet ? null : e);
        queue.retry(task.id(), owner, why, after);
    }
}
