/**
 * Organizers and the audit log. Organizers are named people ({@link org.beloved.organizers.Organizer}):
 * bootstrapped from {@link org.beloved.organizers.OrganizerSettings} at start-up, then added and removed
 * through {@link org.beloved.organizers.OrganizerRoster}, which also answers, from memory, whether a
 * Discord user is one. Every organizer or admin action is written to the {@link org.beloved.organizers.AuditLog}
 * by whoever knows the actor (the adapters: Discord, the admin API), as an {@link org.beloved.organizers.Actor},
 * an {@link org.beloved.organizers.AuditAction} and the record it touched; {@link org.beloved.organizers.AuditLog#newest}
 * reads it back, newest first. Use cases of other modules stay free of actors. Only this module touches the
 * {@code organizer} and {@code audit_event} tables.
 */
@ApplicationModule(displayName = "Organizers and audit log", allowedDependencies = "shared")
package org.beloved.organizers;

import org.springframework.modulith.ApplicationModule;
