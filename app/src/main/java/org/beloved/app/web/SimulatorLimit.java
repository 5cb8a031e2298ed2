package org.beloved.app.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.beloved.app.directory.WebProperties;
import org.beloved.shared.WebDataExpiry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chat simulator's own limits per client address, kept in PostgreSQL so that every instance
 * sees the same counts: {@code beloved.web.simulator-messages-per-minute} messages and
 * {@code beloved.web.simulator-senders-per-hour} new senders (browser sessions). A refused
 * message writes nothing, so a flood leaves at most the limits' rows. Clients are kept only as
 * hashes; it also remembers which client each sender writes from, so that the simulator's
 * sign-ups count toward that client's sign-up limit.
 */
@Component
class SimulatorLimit implements WebDataExpiry {

    /** Why a message was refused (its text's key) and when the client may send again. */
    record Refusal(String key, Duration retryAfter) {
    }

    /** The first key of the per-client simulator lock ("simu" in ASCII). */
    private static final int LOCK = 0x73696d75;
    private static final Duration MESSAGE_WINDOW = Duration.ofMinutes(1);
    private static final Duration SENDER_WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final WebProperties properties;
    private final Clock clock;

    SimulatorLimit(JdbcClient jdbc, WebProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Counts this message of {@code sender} from {@code client} (a hash of its address), or says
     * why not. One client's messages are counted one at a time (a lock until this transaction ends).
     */
    @Transactional
    Optional<Refusal> admit(String client, String sender) {
        Instant now = clock.instant();
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").params(LOCK, client).query((rs, i) -> 1).list();
        jdbc.sql("delete from web_simulator_message where client_hash = ? and at <= ?")
                .params(client, ts(now.minus(MESSAGE_WINDOW))).update();
        Optional<Refusal> refusal = tooManyMessages(client, now).or(() -> tooManySenders(client, sender, now));
        if (refusal.isEmpty()) {
            jdbc.sql("insert into web_simulator_message (client_hash, at) values (?, ?)").params(client, ts(now)).update();
            jdbc.sql("""
                    insert into web_simulator_sender (client_hash, sender, first_seen_at, last_used_at) values (?, ?, ?, ?)
                    on conflict (client_hash, sender) do update set last_used_at = excluded.last_used_at
                    """).params(client, sender, ts(now), ts(now)).update();
        }
        return refusal;
    }

    /** The client (address hash) this simulator sender last wrote from, if it ever wrote. */
    Optional<String> clientOf(String sender) {
        return jdbc.sql("select client_hash from web_simulator_sender where sender = ? order by last_used_at desc limit 1")
                .param(sender).query(String.class).optional();
    }

    /** The simulator's part of the web expiry: sessions unused since the cutoff, and old message counts. */
    @Override
    @Transactional
    public int purgeUnusedSince(Instant cutoff) {
        return jdbc.sql("delete from web_simulator_sender where last_used_at < ?").param(ts(cutoff)).update()
                + jdbc.sql("delete from web_simulator_message where at < ?").param(ts(cutoff)).update();
    }

    private Optional<Refusal> tooManyMessages(String client, Instant now) {
        return over(jdbc.sql("select count(*), min(at) from web_simulator_message where client_hash = ?")
                .param(client), properties.simulatorMessagesPerMinute(), MESSAGE_WINDOW, now)
                .map(wait -> new Refusal("web.simulator.too-many-messages", wait));
    }

    private Optional<Refusal> tooManySenders(String client, String sender, Instant now) {
        boolean known = jdbc.sql("select count(*) from web_simulator_sender where client_hash = ? and sender = ?")
                .params(client, sender).query(Integer.class).single() > 0;
        if (known) {
            return Optional.empty();
        }
        return over(jdbc.sql("select count(*), min(first_seen_at) from web_simulator_sender where client_hash = ? and first_seen_at > ?")
                .params(client, ts(now.minus(SENDER_WINDOW))), properties.simulatorSendersPerHour(), SENDER_WINDOW, now)
                .map(wait -> new Refusal("web.simulator.too-many-senders", wait));
    }

    /** How long until the oldest counted row leaves the window, when the count has reached the limit. */
    private static Optional<Duration> over(JdbcClient.StatementSpec countAndOldest, int limit, Duration window,
            Instant now) {
        record Counted(int count, Timestamp oldest) {
        }
        Counted counted = countAndOldest.query((rs, i) -> new Counted(rs.getInt(1), rs.getTimestamp(2))).single();
        if (counted.count() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, counted.oldest().toInstant().plus(window)));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
