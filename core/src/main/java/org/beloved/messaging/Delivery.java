package org.beloved.messaging;

/**
 * What happened to one outbound message.
 *
 * @param externalId the channel's id for the message (Twilio's sid), when it has one
 * @param detail why it was skipped or failed, for logs and retries (never shown to users)
 */
public record Delivery(Status status, String externalId, String detail) {

    public enum Status {
        /** Accepted by the channel; status callbacks may follow. */
        SENT,
        /** Deliberately not sent (opted out, unreachable, adapter off). Never retry. */
        SKIPPED,
        /** Failed for a reason that may pass (the service is down, rate limited): retried with backoff. */
        FAILED,
        /** Refused for good (a bad number, an unknown user): never retried. */
        REFUSED,
        /** The attempt's outcome is unknown (timeout mid-call). Never retry blindly: it may have gone. */
        UNKNOWN
    }

    public static Delivery sent(String externalId) {
        return new Delivery(Status.SENT, externalId, null);
    }

    public static Delivery skipped(String why) {
        return new Delivery(Status.SKIPPED, null, why);
    }

    public static Delivery failed(String why) {
        return new Delivery(Status.FAILED, null, why);
    }

    public static Delivery refused(String why) {
        return new Delivery(Status.REFUSED, null, why);
    }

    public static Delivery unknown(String why) {
        return new Delivery(Status.UNKNOWN, null, why);
    }
}
