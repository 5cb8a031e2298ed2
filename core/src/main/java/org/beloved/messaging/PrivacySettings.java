package org.beloved.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code beloved.privacy.*}.
 *
 * @param hashSecret the key of the hash that stands in for phone numbers and Discord ids in the
 *        opt-out list and the DELETE MY DATA tombstone; unset: one generated once and kept in the
 *        database. Never change it once set: every STOP would be forgotten (start-up refuses).
 */
@ConfigurationProperties("beloved.privacy")
record PrivacySettings(String hashSecret) {

    static final int MIN_LENGTH = 16;

    public PrivacySettings {
        if (hashSecret != null && !hashSecret.isBlank() && hashSecret.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException("beloved.privacy.hash-secret must be at least " + MIN_LENGTH
                    + " characters (a long random string)");
        }
    }
}
