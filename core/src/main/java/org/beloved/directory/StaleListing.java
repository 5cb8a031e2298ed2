package org.beloved.directory;

import java.time.Instant;

/**
 * A listing hidden by the 90-day check-in and waiting for an organizer: why, and since when. For
 * organizers only (never shown to the public).
 */
public record StaleListing(long id, String name, String city, String state, String zip, Reason reason, Instant since) {

    /** Why it waits. */
    public enum Reason {
        /** Two check-ins 14 days apart went unanswered. */
        SILENT("silent"),
        /** The listing has no channel its contact can be asked on (or the contact opted out of messages). */
        NO_CHANNEL("no-channel");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** As stored and as the admin API shows it. */
        public String code() {
            return code;
        }

        static Reason of(String code) {
            for (Reason reason : values()) {
                if (reason.code.equals(code)) {
                    return reason;
                }
            }
            throw new IllegalArgumentException("no stale reason " + code);
        }
    }
}
