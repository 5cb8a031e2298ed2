package org.beloved.app.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.beloved.shared.WebDataExpiry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * At most {@code beloved.web.sign-ups-per-hour} saved sign-ups per client address per hour, from
 * the web form and the chat simulator together, counted in PostgreSQL so that every instance sees
 * the same count. Only sign-ups that were saved count: the caller asks {@link #refusal} first and
 * reports a saved one with {@link #accepted}, in one transaction, during which the client's lock is
 * held, so that concurrent attempts from one address cannot pass the limit together. Addresses are
 * kept only as hashes ({@link #client}).
 */
@Component
public class SignUpLimit implements WebDataExpiry {

    /** The first key of the per-client sign-up lock ("sign" in ASCII). */
    private static final int LOCK = 0x7369676e;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final WebProperties properties;
    private final Clock clock;

    SignUpLimit(JdbcClient jdbc, WebProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The key a client address is counted under: a SHA-256 of it, never the address itself. */
    public static String client(String address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Empty when this client may sign up once more now, else how long until it may. Takes the
     * client's lock until the surrounding transaction ends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Duration> refusal(String client) {
        Instant now = clock.instant();
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").params(LOCK, client).query((rs, i) -> 1).list();
        jdbc.sql("delete from web_registration_attempt where at < ?").param(Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        record Recent(int count, Timestamp oldest) {
        }
        Recent recent = jdbc.sql("select count(*), min(at) from web_registration_attempt where client_hash = ? and at > ?")
                .params(client, Timestamp.from(now.minus(WINDOW)))
                .query((rs, i) -> new Recent(rs.getInt(1), rs.getTimestamp(2))).single();
        if (recent.count() < properties.signUpsPerHour()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recent.oldest().toInstant().plus(WINDOW)));
    }

    /** Counts a saved sign-up of this client. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void accepted(String client) {
        jdbc.sql("insert into web_registration_attempt (client_hash, at) values (?, ?)")
                .params(client, Timestamp.from(clock.instant())).update();
    }

    /** The sign-up limit's part of the web expiry: counts of clients that have not signed up since the cutoff. */
    @Override
    public int purgeUnusedSince(Instant cutoff) {
        return jdbc.sql("delete from web_registration_attempt where at < ?").param(Timestamp.from(cutoff)).update();
    }
}
