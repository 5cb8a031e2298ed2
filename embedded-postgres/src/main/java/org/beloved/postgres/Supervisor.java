package org.beloved.postgres;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a server and starts it again when it stops on its own. Every {@code checkInterval} it
 * asks whether the server runs; the first time it does not, it logs why (as far as the server can
 * tell) and restarts it at once; a restart that fails is tried again after a doubling pause of at
 * most {@code maxBackoff}, for as long as it takes. {@link #close} ends the watch: a server
 * stopped after that stays stopped.
 */
final class Supervisor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Supervisor.class);

    /** What is watched. */
    interface Server {

        boolean isRunning();

        /** Why the server stopped, in one line, for the log. */
        String whyStopped();

        /** Starts the server again; throws when it cannot (the supervisor tries again later). */
        void restart();
    }

    private final String name;
    private final Server server;
    private final Duration checkInterval;
    private final Duration maxBackoff;
    private final ScheduledExecutorService thread;
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile boolean closed;
    private boolean down;
    private int failedAttempts;
    private long nextAttemptNanos;

    Supervisor(String name, Server server, Duration checkInterval, Duration maxBackoff) {
        if (checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException("checkInterval must be positive: " + checkInterval);
        }
        this.name = name;
        this.server = server;
        this.checkInterval = checkInterval;
        this.maxBackoff = maxBackoff.compareTo(checkInterval) < 0 ? checkInterval : maxBackoff;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "postgres-supervisor");
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        long millis = checkInterval.toMillis();
        thread.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** How many times the server was started again since the watch began. */
    int restarts() {
        return restarts.get();
    }

    @Override
    public void close() {
        closed = true;
        thread.shutdownNow();
    }

    /** Whether the watch has ended (its thread is gone) within {@code timeout} after {@link #close}. */
    boolean awaitClosed(Duration timeout) throws InterruptedException {
        return thread.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One look at the server; runs on the supervisor's thread only. */
    private void check() {
        try {
            if (closed || server.isRunning()) {
                return;
            }
            if (!down) {
                down = true;
                log.error("The {} stopped unexpectedly ({}): restarting it", name, server.whyStopped());
            } else if (System.nanoTime() - nextAttemptNanos < 0) {
                return;
            }
            restart();
        } catch (RuntimeException e) {
            // a surprise must not end the watch: the next check looks again
            log.warn("Watching the {} failed: {}", name, e.toString());
        }
    }

    private void restart() {
        try {
            server.restart();
        } catch (RuntimeException e) {
            if (closed) {
                return;
            }
            failedAttempts++;
            Duration pause = backoff(failedAttempts);
            nextAttemptNanos = System.nanoTime() + pause.toNanos();
            log.warn("Could not restart the {} (attempt {}): {}; trying again in {} s", name, failedAttempts,
                    e.getMessage(), pause.toMillis() / 1000.0);
            return;
        }
        restarts.incrementAndGet();
        log.warn("The {} is running again{}", name,
                failedAttempts == 0 ? "" : " after " + (failedAttempts + 1) + " attempts");
        down = false;
        failedAttempts = 0;
    }

    /** checkInterval × 2^(failures − 1), at most maxBackoff. */
    Duration backoff(int failures) {
        Duration pause = checkInterval;
        for (int i = 1; i < failures && pause.compareTo(maxBackoff) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }
}
