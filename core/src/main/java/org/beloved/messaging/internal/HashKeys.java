package org.beloved.messaging.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The keyed hash (HMAC-SHA256, lowercase hex) that stands in for an address wherever Beloved must
 * recognise a number it may no longer hold: the opt-out list and the DELETE MY DATA tombstone.
 * Used by messaging at run time and by its migration that hashed the opt-out list (V7), so both
 * agree by construction.
 *
 * <p>The key is {@code beloved.privacy.hash-secret} when set; otherwise a random one generated
 * once and kept in {@code hash_key}, so that every instance and every restart agrees. The table
 * also keeps the fingerprint of the key in use, so a secret set or changed later (which would
 * silently forget every STOP) stops the start-up instead.
 */
public final class HashKeys {

    private static final String FINGERPRINT_INPUT = "beloved:hash-key-fingerprint";

    private record Stored(String secret, String fingerprint) {
    }

    private HashKeys() {
    }

    /** @param configured {@code beloved.privacy.hash-secret}, or null/blank for the generated key */
    public static byte[] resolve(JdbcClient jdbc, String configured) {
        boolean given = configured != null && !configured.isBlank();
        String generated = given ? null : HexFormat.of().formatHex(randomBytes());
        byte[] candidate = bytes(given ? configured : generated);
        // The first instance (or migration) to get here writes the row; everyone else reads that one.
        jdbc.sql("insert into hash_key (id, secret, fingerprint, created_at) values (true, ?, ?, now()) on conflict (id) do nothing")
                .params(generated, fingerprint(candidate)).update();
        Stored stored = jdbc.sql("select secret, fingerprint from hash_key where id")
                .query((rs, i) -> new Stored(rs.getString("secret"), rs.getString("fingerprint"))).single();
        if (given) {
            if (!stored.fingerprint().equals(fingerprint(candidate))) {
                throw new IllegalStateException("beloved.privacy.hash-secret is not the secret the opt-out list was"
                        + " hashed with, so every STOP would be forgotten: set it back to the earlier secret"
                        + (stored.secret() != null ? " (none was set: unset it, or set it to hash_key.secret)" : ""));
            }
            return candidate;
        }
        if (stored.secret() == null) {
            throw new IllegalStateException("beloved.privacy.hash-secret is not set, but the opt-out list was hashed"
                    + " with a configured secret: set it again, or every STOP would be forgotten");
        }
        return bytes(stored.secret());
    }

    /** The keyed hash of an address, as stored: 64 lowercase hex digits. */
    public static String hash(byte[] key, String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String fingerprint(byte[] key) {
        return hash(key, FINGERPRINT_INPUT);
    }

    private static byte[] bytes(String secret) {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
