package org.beloved.bot.alerts;

import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.beloved.alerts.AlertSent;
import org.beloved.bot.DiscordGateway;
import org.beloved.bot.DiscordQueueWorker;
import org.beloved.bot.webinars.AnnouncementSettings;
import org.beloved.messaging.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Works the alert post queue on the instance connected to Discord (every shard connected), at the
 * pace and with the retries of webinar announcements ({@code beloved.discord.announce.*}): at once
 * when an alert is sent here, else every interval. A post whose outcome is unknown is not repeated.
 */
@Component
class AlertPostWorker extends DiscordQueueWorker {

    private static final Logger log = LoggerFactory.getLogger(AlertPostWorker.class);

    private final AlertPostQueue queue;
    private final AlertServerPosts posts;
    private final AnnouncementSettings settings;

    AlertPostWorker(AlertPostQueue queue, AlertServerPosts posts, DiscordGateway gateway, AnnouncementSettings settings) {
        super(gateway, "discord-alert-posts");
        this.queue = queue;
        this.posts = posts;
        this.settings = settings;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlertSent sent) {
        wake();
    }

    @Override
    protected Duration interval() {
        return settings.interval();
    }

    /** Posts one due row, if there is one. */
    @Override
    protected boolean workOne(ShardManager manager) {
        Optional<AlertPostQueue.Task> claimed = queue.claim(owner, settings.lease());
        if (claimed.isEmpty()) {
            return false;
        }
        AlertPostQueue.Task task = claimed.get();
        Delivery posted;
        try {
            posted = posts.post(task);
        } catch (RuntimeException e) {
            posted = Delivery.failed(e.toString());
        }
        switch (posted.status()) {
            case SENT -> queue.done(task.id(), owner, posted.externalId(), null);
            case UNKNOWN -> {
                log.warn("Alert {}: the post in server {} may or may not have gone ({}); not posted again", task.alertId(),
                        task.guildId(), posted.detail());
                queue.done(task.id(), owner, null, posted.detail());
            }
            default -> retryOrGiveUp(task, posted.detail());
        }
        return true;
    }

    private void retryOrGiveUp(AlertPostQueue.Task task, String why) {
        if (task.attempts() >= settings.attempts()) {
            log.error("Alert {}: the post in server {} given up after {} attempts: {}", task.alertId(), task.guildId(),
                    task.attempts(), why);
            queue.failed(task.id(), owner, why);
            return;
        }
        log.warn("Alert {}: the post in server {} failed (attempt {}), again later: {}", task.alertId(), task.guildId(),
                task.attempts(), why);
        queue.retry(task.id(), owner, why, settings.backOff(task.attempts()));
    }
}
