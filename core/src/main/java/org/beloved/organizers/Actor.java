package org.beloved.organizers;

import java.util.Objects;

/**
 * Who did an audited action, as the adapter that received it knows them: a named organizer (their
 * id and display name), or a label ({@code admin-token}, {@code settings}, a Discord role holder).
 * Plain data: no JDA or servlet type ever reaches core.
 *
 * @param organizerId the organizer's id, or null when the actor is not a named organizer
 * @param label what the audit log shows as "who"; never a phone number or a whole Discord id
 */
public record Actor(Long organizerId, String label, AuditChannel channel) {

    /** The label of every call to the admin HTTP API. */
    public static final String ADMIN_TOKEN = "admin-token";

    public Actor {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(channel, "channel");
    }

    public static Actor adminToken() {
        return new Actor(null, ADMIN_TOKEN, AuditChannel.ADMIN_API);
    }

    public static Actor settings() {
        return new Actor(null, "settings", AuditChannel.SETTINGS);
    }

    public static Actor organizer(Organizer organizer, AuditChannel channel) {
        return new Actor(organizer.id(), organizer.displayName(), channel);
    }

    /** Someone who is not a named organizer, e.g. {@code "organizer-role ***42"}. */
    public static Actor labelled(String label, AuditChannel channel) {
        return new Actor(null, label, channel);
    }
}
