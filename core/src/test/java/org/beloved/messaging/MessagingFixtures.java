package org.beloved.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.beloved.shared.Channel;
import org.beloved.shared.InstanceId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Messaging as other modules' core tests use it: a real outbox on the test database, with no channel. */
public final class MessagingFixtures {

    private MessagingFixtures() {
    }

    public static Outbox outbox(JdbcClient jdbc, Clock clock) {
        AddressHasher hasher = hasher(jdbc);
        Recipients recipients = new Recipients(new OptOuts(jdbc, hasher, clock), new Reachability(jdbc, clock));
        return new Outbox(new OutboxStore(jdbc, hasher), List.of(), List.of(), recipients, new RateGate(jdbc),
                settings(1, 10), new InstanceId("test-instance"), clock, event -> { });
    }

    /** Settings of an outbox driven by hand in a test (no dispatcher), with the default lease (2 minutes). */
    static MessagingSettings settings(double smsPerSecond, double discordPerSecond) {
        return new MessagingSettings(smsPerSecond, false, 1, Duration.ofSeconds(1), discordPerSecond,
                Duration.ofMinutes(2), Duration.ofSeconds(30), 6, "21:00-08:00");
    }

    /** The opt-out list as the application keeps it (keyed hashes), with the key the database settled. */
    public static OptOuts optOuts(JdbcClient jdbc, Clock clock) {
        return new OptOuts(jdbc, hasher(jdbc), clock);
    }

    /** Opts the address out, as STOP does. */
    public static void optOut(JdbcClient jdbc, Clock clock, Channel channel, String address) {
        optOuts(jdbc, clock).optOut(channel, address, "keyword");
    }

    static AddressHasher hasher(JdbcClient jdbc) {
        return new AddressHasher(jdbc, new PrivacySettings(null));
    }
}
