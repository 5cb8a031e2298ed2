package org.beloved.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.beloved.shared.Channel;
import org.beloved.shared.InstanceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every instance drains the outbox with a few workers (SKIP LOCKED keeps them, and other instances,
 * off each other's rows; several workers keep the shared SMS rate busy while one of them is between
 * messages), and reconciles on one more thread: every {@code sweep-interval} it takes back expired
 * leases and verifies the rows due for it.
 *
 * <p>On shutdown they stop claiming; a worker waiting for a slot gives up (it holds no row then), a
 * worker with a row in hand finishes it (a channel call is bounded by its own timeout). Whatever
 * this instance still holds afterwards and never handed to a channel goes back to pending at once;
 * anything else is settled by another instance's sweep when its lease runs out.
 */
@Component
class OutboxDispatcher implements SmartLifecycle {

    /** A channel's call takes at most 30 s; rows in hand get that, and a little more, to finish. */
    private static final Duration FINISH_WITHIN = Duration.ofSeconds(40);
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final Outbox outbox;
    private final Reconciliation reconciliation;
    private final OutboxStore store;
    private final MessagingSettings settings;
    private final InstanceId instance;
    private final Clock clock;
    private volatile boolean running;
    private ExecutorService workers;
    private ScheduledExecutorService reconciler;

    OutboxDispatcher(Outbox outbox, Reconciliation reconciliation, OutboxStore store, MessagingSettings settings,
            InstanceId instance, Clock clock) {
        this.outbox = outbox;
        this.reconciliation = reconciliation;
        this.store = store;
        this.settings = settings;
        this.instance = instance;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (!settings.dispatchEnabled() || running) {
            return;
        }
        running = true;
        List<Channel> channels = List.copyOf(outbox.channels());
        int threads = settings.dispatchThreads() * Math.max(1, channels.size());
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "outbox-" + n.incrementAndGet()));
        for (Channel channel : channels) {
            for (int i = 0; i < settings.dispatchThreads(); i++) {
                workers.execute(() -> work(channel));
            }
        }
        reconciler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "outbox-reconcile"));
        long every = settings.sweepInterval().toMillis();
        reconciler.scheduleWithFixedDelay(this::reconcile, every, every, TimeUnit.MILLISECONDS);
        log.info("Outbox dispatch started on instance {} ({} workers for each of {})", instance, settings.dispatchThreads(),
                channels);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void work(Channel channel) {
        while (running) {
            boolean sent;
            try {
                sent = outbox.dispatchOne(channel, () -> running);
            } catch (RuntimeException e) {
                log.error("Outbox dispatch failed; trying again shortly", e);
                sent = false;
            }
            if (!sent) {
                pause(settings.dispatchInterval());
            }
        }
    }

    private void reconcile() {
        try {
            reconciliation.sweep();
            while (running && reconciliation.verifyOne()) {
                // one row per call
            }
        } catch (RuntimeException e) {
            log.error("Outbox reconciliation failed; trying again at the next sweep", e);
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
        if (!running) {
            return;
        }
        running = false;
        reconciler.shutdown();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(FINISH_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Outbox workers still busy after {}; their rows are settled when their lease runs out", FINISH_WITHIN);
            }
            reconciler.awaitTermination(FINISH_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            int released = store.release(instance.value(), clock.instant());
            if (released > 0) {
                log.info("Gave back {} outbox rows this instance held but had not handed to a channel", released);
            }
        } catch (RuntimeException e) {
            log.warn("Could not give back this instance's outbox rows; their leases will run out instead", e);
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
