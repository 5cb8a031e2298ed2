package org.beloved.messaging;

/** Where an outbox row stands; the codes are what the {@code outbox.status} column holds, mapped here only. */
enum OutboxStatus implements StoredCode {
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

    @Override
    public String code() {
        return code;
    }

    static OutboxStatus fromCode(String code) {
        return StoredCode.fromCode(OutboxStatus.class, code);
    }
}
