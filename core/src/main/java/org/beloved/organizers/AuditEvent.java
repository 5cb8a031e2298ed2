package org.beloved.organizers;

import java.time.Instant;

/**
 * One row of the audit log.
 *
 * @param organizerId the acting organizer's id, or null (admin token, settings, role holder)
 * @param actor who, as a label
 * @param action an {@link AuditAction} code
 * @param recordType what kind of record it touched ({@code congregation}, {@code webinar}, {@code organizer},
 *        {@code discord-server}), or null
 * @param channel an {@link AuditChannel} code
 * @param detail what the action changed, when it says: an edit's changed field names, comma-separated
 *        (never their values); or null
 */
public record AuditEvent(long id, Instant at, Long organizerId, String actor, String action, String recordType,
        String recordId, String channel, String detail) {
}
