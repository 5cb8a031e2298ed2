package org.beloved.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every instance drains the outbox; SKIP LOCKED keeps them off each other's rows. On shutdown it
 * stops claiming and lets the message in hand finish, so a stopped instance loses nothing.
 */
@Component
@EnableScheduling
class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int MAX_PER_TICK = 1000;

    private final Outbox outbox;
    private final MessagingSettings settings;
    private volatile boolean running;

    OutboxDispatcher(Outbox outbox, MessagingSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${beloved.messaging.dispatch-interval:1s}")
    void drain() {
        for (int i = 0; running && i < MAX_PER_TICK; i++) {
            try {
                if (!outbox.dispatchOne()) {
                    return;
                }
            } catch (RuntimeException e) {
                log.error("Outbox dispatch failed; trying again on the next tick", e);
                return;
            }
        }
    }

    @Override
    public void start() {
        running = settings.dispatchEnabled();
    }

    @Override
    public void stop() {
        running = false;
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
