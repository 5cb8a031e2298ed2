package org.beloved.organizers;

import java.util.Locale;

/** Where an audited action came from. */
public enum AuditChannel {
    DISCORD, ADMIN_API, SMS, SETTINGS;

    /** As stored and shown: {@code discord}, {@code admin-api}, {@code sms}, {@code settings}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
