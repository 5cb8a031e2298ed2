package org.beloved.app.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At most {@code beloved.web.sign-ups-per-hour} sign-ups per client address per hour, counted in
 * PostgreSQL so that every instance sees the same count. Addresses are kept only as hashes.
 */
@Component
class SignUpLimit {

    private final JdbcClient jdbc;
    private final WebProperties properties;
    private final Clock clock;

    SignUpLimit(JdbcClient jdbc, WebProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts this attempt; false when the client is over the limit. */
    boolean tryAcquire(String clientAddress) {
        Instant now = clock.instant();
        String client = hash(clientAddress);
        jdbc.sql("delete from web_registration_attempt where at < ?").param(Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        int recent = jdbc.sql("select count(*) from web_registration_attempt where client_hash = ? and at > ?")
                .params(client, Timestamp.from(now.minus(Duration.ofHours(1)))).query(Integer.class).single();
        if (recent >= properties.signUpsPerHour()) {
            return false;
        }
        jdbc.sql("insert into web_registration_attempt (client_hash, at) values (?, ?)")
                .params(client, Timestamp.from(now)).update();
        return true;
    }

    private static String hash(String address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
