package org.beloved.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Messaging as other modules' core tests use it: a real outbox on the test database, with no channel. */
public final class MessagingFixtures {

    private MessagingFixtures() {
    }

    public static Outbox outbox(JdbcClient jdbc, Clock clock) {
        Recipients recipients = new Recipients(new OptOuts(jdbc, clock), new Reachability(jdbc, clock));
        return new Outbox(new OutboxStore(jdbc), List.of(), List.of(), recipients, new RateGate(jdbc),
                new MessagingSettings(1, false, 1, Duration.ofSeconds(1)), clock);
    }
}
