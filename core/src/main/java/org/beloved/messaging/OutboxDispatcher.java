package org.beloved.messaging;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every instance drains the outbox with a few workers (SKIP LOCKED keeps them, and other instances,
 * off each other's rows; several workers keep the shared SMS rate busy while one of them is between
 * messages). On shutdown they stop claiming and finish the message in hand: nothing is lost.
 */
@Component
class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final Outbox outbox;
    private final MessagingSettings settings;
    private volatile boolean running;
    private ExecutorService workers;

    OutboxDispatcher(Outbox outbox, MessagingSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (!settings.dispatchEnabled() || running) {
            return;
        }
        running = true;
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(settings.dispatchThreads(), r -> {
            Thread t = new Thread(r, "outbox-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < settings.dispatchThreads(); i++) {
            workers.execute(this::work);
        }
    }

    private void work() {
        while (running) {
            boolean sent;
            try {
                sent = outbox.dispatchOne();
            } catch (RuntimeException e) {
                log.error("Outbox dispatch failed; trying again shortly", e);
                sent = false;
            }
            if (!sent) {
                pause(settings.dispatchInterval());
            }
        }
    }

    private void pause(Duration interval) {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (workers != null) {
            workers.shutdown();
            try {
                workers.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops claiming before the database and the channels go away. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 10;
    }
}
