package org.beloved.counties;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The county jail's policy on ICE detainers, as organizers recorded it or as state law sets it.
 * The codes are a contract (JSON, the database): add, never rename.
 */
public enum DetainerPolicy {
    HONORS("honors"),
    LIMITS("limits"),
    DECLINES("declines"),
    /** State law requires the county to honor detainers, and nothing recorded for the county says otherwise. */
    STATE_REQUIRES("state-requires"),
    UNKNOWN("unknown");

    private final String code;

    DetainerPolicy(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The value of a code, any case; empty for anything else. */
    public static Optional<DetainerPolicy> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(key)).findFirst();
    }

    /** Every code, for problems that list what is allowed. */
    static String codes() {
        return String.join(", ", Arrays.stream(values()).map(DetainerPolicy::code).toList());
    }
}
