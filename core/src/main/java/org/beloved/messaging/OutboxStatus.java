package org.beloved.messaging;

/** Where an outbox row stands; the codes are what the {@code outbox.status} column holds, mapped here only. */
enum OutboxStatus implements StoredCode {
    /** Waiting for its {@code next_attempt_at}. */
    PENDING("pending"),
    /** Claimed by one worker, which is delivering it, until its lease runs out. */
    SENDING("sending"),
    SENT("sent"),
    /** Refused for good, or failed too often. */
    FAILED("failed"),
    /** Deliberately not sent (opted out, unreachable, withdrawn, too late). */
    SKIPPED("skipped"),
    /** Whether it went is not known, and the provider could not tell after several tries: never resent. */
    UNKNOWN("unknown"),
    /**
     * Whether it went is not known yet (its lease ran out mid-delivery, or the channel could not tell):
     * the provider is asked before anything is sent again.
     */
    VERIFY("verify");

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
