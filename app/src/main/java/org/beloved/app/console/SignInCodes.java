package org.beloved.app.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.beloved.app.directory.SignUpLimit;
import org.beloved.directory.PhoneNumbers;
import org.beloved.organizers.Organizer;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The console's one-time sign-in codes: 6 digits, valid {@value #LIFETIME_MINUTES} minutes, at most
 * {@value #TRIES} tries, sent by SMS or Discord DM to an active organizer. Asking for a code for a
 * target that is no active organizer goes exactly the same way (a row is stored, the limits count
 * it) except that nothing is sent, so the page never tells who is an organizer. Only hashes are
 * stored: the target and the client address as SHA-256, the code as SHA-256 over a random salt.
 * Every count is in PostgreSQL, so the limits hold across instances.
 */
@Component
class SignInCodes {

    static final int LIFETIME_MINUTES = 10;
    static final Duration LIFETIME = Duration.ofMinutes(LIFETIME_MINUTES);
    static final int TRIES = 5;
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Duration KEPT = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(SignInCodes.class);

    private final JdbcClient jdbc;
    private final OrganizerRoster roster;
    private final CodeDelivery delivery;
    private final ConsoleProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SignInCodes(JdbcClient jdbc, OrganizerRoster roster, CodeDelivery delivery, ConsoleProperties properties,
            TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.delivery = delivery;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A phone number (any common US form, stored E.164) or a Discord user id, as typed. */
    record Target(Channel channel, String address) {

        static Optional<Target> parse(String typed) {
            String t = typed == null ? "" : typed.strip();
            if (t.matches(Organizer.DISCORD_USER_ID)) {
                return Optional.of(new Target(Channel.DISCORD, t));
            }
            return PhoneNumbers.e164(t).map(phone -> new Target(Channel.SMS, phone));
        }
    }

    sealed interface Requested {
    }

    /** A code was stored (and sent if the target is an organizer): the code page asks for it. */
    record Issued(long challengeId) implements Requested {
    }

    /** Over a limit: nothing stored, nothing sent. */
    record Limited() implements Requested {
    }

    /** Asks for a code for {@code target} from the client {@code clientAddress}, in {@code language}. */
    Requested request(Target target, String clientAddress, Language language) {
        String targetHash = SignUpLimit.client(target.channel() + ":" + target.address());
        String clientHash = SignUpLimit.client(clientAddress);
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        Optional<Organizer> organizer = organizer(target);
        Long id = transaction.execute(status -> {
            Instant now = clock.instant();
            jdbc.sql("delete from console_sign_in_code where created_at < ?").param(Timestamp.from(now.minus(KEPT))).update();
            if (count("target_hash", targetHash, now) >= properties.codesPerTargetPerHour()
                    || count("client_hash", clientHash, now) >= properties.codesPerClientPerHour()) {
                return null;
            }
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            String salt = HexFormat.of().formatHex(bytes);
            return jdbc.sql("""
                    insert into console_sign_in_code (organizer_id, target_hash, client_hash, salt, code_hash, created_at,
                      expires_at) values (?, ?, ?, ?, ?, ?, ?) returning id
                    """).params(organizer.map(Organizer::id).orElse(null), targetHash, clientHash, salt,
                            hash(salt, code), Timestamp.from(now), Timestamp.from(now.plus(LIFETIME)))
                    .query(Long.class).single();
        });
        if (id == null) {
            log.info("Console sign-in: a code for {} refused, over the limit", Pii.mask(target.address()));
            return new Limited();
        }
        if (organizer.isPresent()) {
            delivery.send(id, target, code, language);
        } else {
            log.info("Console sign-in: {} is no active organizer; nothing sent", Pii.mask(target.address()));
        }
        return new Issued(id);
    }

    private Optional<Organizer> organizer(Target target) {
        return target.channel() == Channel.SMS ? roster.activeWithPhone(target.address())
                : roster.onDiscord(target.address());
    }

    private int count(String column, String hash, Instant now) {
        return jdbc.sql("select count(*) from console_sign_in_code where " + column + " = ? and created_at > ?")
                .params(hash, Timestamp.from(now.minus(WINDOW))).query(Integer.class).single();
    }

    sealed interface Checked {
    }

    record SignedIn(Organizer organizer) implements Checked {
    }

    /** Wrong code: {@code triesLeft} more may be made. */
    record Wrong(int triesLeft) implements Checked {
    }

    /** Expired, used up, or too many wrong tries: a new code must be asked for. */
    record Spent() implements Checked {
    }

    /** Checks {@code typed} against the code of {@code challengeId}, counting the try. */
    Checked check(long challengeId, String typed) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        return transaction.execute(status -> {
            Instant now = clock.instant();
            record Row(Long organizerId, String salt, String codeHash, Instant expiresAt, int tries, boolean used) {
            }
            Optional<Row> row = jdbc.sql("""
                    select organizer_id, salt, code_hash, expires_at, tries, used_at is not null
                    from console_sign_in_code where id = ? for update
                    """).param(challengeId).query((rs, i) -> new Row(rs.getObject(1, Long.class), rs.getString(2),
                            rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getBoolean(6))).optional();
            if (row.isEmpty() || row.get().used() || row.get().tries() >= TRIES || !now.isBefore(row.get().expiresAt())) {
                return new Spent();
            }
            boolean matches = MessageDigest.isEqual(hash(row.get().salt(), code).getBytes(StandardCharsets.US_ASCII),
                    row.get().codeHash().getBytes(StandardCharsets.US_ASCII));
            Optional<Organizer> organizer = Optional.ofNullable(row.get().organizerId()).flatMap(roster::find)
                    .filter(Organizer::active);
            if (matches && organizer.isPresent()) {
                jdbc.sql("update console_sign_in_code set used_at = ? where id = ?").params(Timestamp.from(now), challengeId)
                        .update();
                return new SignedIn(organizer.get());
            }
            int tries = row.get().tries() + 1;
            jdbc.sql("update console_sign_in_code set tries = ? where id = ?").params(tries, challengeId).update();
            return tries >= TRIES ? new Spent() : new Wrong(TRIES - tries);
        });
    }

    static String hash(String salt, String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((salt + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
