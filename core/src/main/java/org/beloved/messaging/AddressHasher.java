package org.beloved.messaging;

import java.util.List;
import org.beloved.messaging.internal.HashKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Addresses as the opt-out list and the tombstone keep them: a keyed hash, never the number. The
 * key is settled once, at start-up (see {@link HashKeys}): a secret that does not match the one
 * the list was hashed with stops the start-up rather than forget every STOP.
 */
@Component
class AddressHasher {

    private final JdbcClient jdbc;
    private final PrivacySettings settings;
    private volatile byte[] key;

    AddressHasher(JdbcClient jdbc, PrivacySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        reload();
    }

    /** Settles the key again: after an import replaced the stored one (a mismatch stops it, as at start-up). */
    void reload() {
        this.key = HashKeys.resolve(jdbc, settings.hashSecret());
    }

    String hash(String address) {
        return HashKeys.hash(key, address);
    }

    String[] hashes(List<String> addresses) {
        return addresses.stream().map(this::hash).toArray(String[]::new);
    }
}
