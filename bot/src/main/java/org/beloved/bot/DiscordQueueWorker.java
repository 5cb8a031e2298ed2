package org.beloved.bot;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One thread that works a queue of Discord posts kept in the database, on the instance connected to
 * Discord (every shard connected); other instances leave it alone. It works due rows one at a time
 * and, when none is due, waits {@link #interval()} or until {@link #wake()}. Claiming failures are
 * logged and tried again after the interval. On shutdown the row in hand is finished before JDA and
 * the database go away.
 */
public abstract class DiscordQueueWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DiscordQueueWorker.class);

    /** This instance, as the queue's leases name it. */
    protected final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final DiscordGateway gateway;
    private final String name;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    /** {@code name} names the thread and the log lines. */
    protected DiscordQueueWorker(DiscordGateway gateway, String name) {
        this.gateway = gateway;
        this.name = name;
    }

    /** Works one due row, if there is one: true when it did. */
    protected abstract boolean workOne(ShardManager manager);

    /** How long to wait for work when none is due. */
    protected abstract Duration interval();

    /** Called each time the queue had nothing due, before the wait. */
    protected void idle() {
    }

    /** Look at the queue now rather than after the interval. */
    public void wake() {
        wake.release();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void work() {
        while (running) {
            boolean worked;
            try {
                worked = connected().map(this::workOne).orElse(false);
            } catch (RuntimeException e) {
                log.error("{}: claiming failed; trying again shortly", name, e);
                worked = false;
            }
            if (!worked) {
                idle();
                pause();
            }
        }
    }

    /** JDA, when it runs here and every shard is connected. */
    private Optional<ShardManager> connected() {
        return gateway.shards().filter(manager -> !manager.getShards().isEmpty()
                && manager.getShards().stream().allMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED));
    }

    private void pause() {
        try {
            wake.tryAcquire(interval().toMillis(), TimeUnit.MILLISECONDS);
            wake.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        wake();
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
