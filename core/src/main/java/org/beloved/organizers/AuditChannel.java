package org.beloved.organizers;

import java.util.Locale;

/** Where an audited action came from. */
public enum AuditChannel {
    DISCORD, ADMIN_API, SMS, SETTINGS,
    /** The organizer console's web pages ({@code /organize}). */
    CONSOLE;

    /** As stored and shown: {@code discord}, {@code admin-api}, {@code sms}, {@code settings}, {@code console}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
