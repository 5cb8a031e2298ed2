package org.beloved.app.organizers;

import java.util.List;
import org.beloved.organizers.AuditEvent;

/** The answer of {@code GET /api/admin/audit}: {@code {"events": [...]}}, newest first. */
record AuditJson(List<Event> events) {

    /**
     * One audit event; {@code organizerId} is null when the actor is not a named organizer; {@code detail}
     * names the fields an edit changed (null otherwise).
     */
    record Event(long id, String at, Long organizerId, String actor, String action, String recordType, String recordId,
            String channel, String detail) {

        static Event of(AuditEvent e) {
            return new Event(e.id(), e.at().toString(), e.organizerId(), e.actor(), e.action(), e.recordType(),
                    e.recordId(), e.channel(), e.detail());
        }
    }

    static AuditJson of(List<AuditEvent> events) {
        return new AuditJson(events.stream().map(Event::of).toList());
    }
}
