package org.beloved.messaging;

import java.util.Arrays;

/** Where an outbox row stands; the codes are what the {@code outbox.status} column holds, mapped here only. */
enum OutboxStatus {
    /** Waiting for its {@code next_attempt_at}. */
    PENDING("pending"),
    /** Claimed by one worker, which is delivering it. */
    SENDING("sending"),
    SENT("sent"),
    /** Refused for good, or failed too often. */
    FAILED("failed"),
    /** Deliberately not sent (opted out, unreachable, withdrawn, too late). */
    SKIPPED("skipped"),
    /** The channel could not tell whether it went: never resent blindly. */
    UNKNOWN("unknown");

    private final String code;

    OutboxStatus(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static OutboxStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown outbox status " + code));
    }
}
