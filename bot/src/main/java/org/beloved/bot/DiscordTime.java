package org.beloved.bot;

import java.time.Instant;

/** Times as Discord timestamps, which every reader's client shows in their own time zone. */
public final class DiscordTime {

    private DiscordTime() {
    }

    /** Full date and time, e.g. "Tuesday, December 8, 2026 7:00 PM" in the reader's zone. */
    public static String full(Instant instant) {
        return "<t:" + instant.getEpochSecond() + ":F>";
    }

    /** Relative, e.g. "in 2 hours". */
    public static String relative(Instant instant) {
        return "<t:" + instant.getEpochSecond() + ":R>";
    }
}
