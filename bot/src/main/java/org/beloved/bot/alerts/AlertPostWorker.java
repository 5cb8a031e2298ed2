package org.beloved.bot.alerts;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.beloved.alerts.AlertSent;
import org.beloved.bot.DiscordGateway;
import org.beloved.bot.webinars.AnnouncementSettings;
import org.beloved.messaging.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Works the alert post queue on the instance connected to Discord (every shard connected), at the
 * pace and with the retries of webinar announcements ({@code beloved.discord.announce.*}): at once
 * when an alert is sent here, else every interval. A post whose outcome is unknown is not repeated.
 */
@Component
class AlertPostWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AlertPostWorker.class);

    private final AlertPostQueue queue;
    private final AlertServerPosts posts;
    private final DiscordGateway gateway;
    private final AnnouncementSettings settings;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    AlertPostWorker(AlertPostQueue queue, AlertServerPosts posts, DiscordGateway gateway, AnnouncementSettings settings) {
        this.queue = queue;
        this.posts = posts;
        this.gateway = gateway;
        this.settings = settings;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlertSent sent) {
        wake.release();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::work, "discord-alert-posts");
        thread.setDaemon(true);
        thread.start();
    }

    private void work() {
        while (running) {
            boolean worked;
            try {
                worked = connected().isPresent() && workOne();
            } catch (RuntimeException e) {
                log.error("Alert posts: claiming failed; trying again shortly", e);
                worked = false;
            }
            if (!worked) {
                pause();
            }
        }
    }

    private Optional<ShardManager> connected() {
        return gateway.shards().filter(manager -> !manager.getShards().isEmpty()
                && manager.getShards().stream().allMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED));
    }

    /** Posts one due row, if there is one. */
    boolean workOne() {
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

    private void pause() {
        try {
            wake.tryAcquire(settings.interval().toMillis(), TimeUnit.MILLISECONDS);
            wake.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        wake.release();
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(40));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before JDA and the database go away. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 10;
    }
}
