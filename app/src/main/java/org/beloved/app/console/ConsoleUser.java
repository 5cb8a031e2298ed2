package org.beloved.app.console;

import java.io.Serializable;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditChannel;

/**
 * The organizer signed in to the console, as the session keeps them (serialized into Spring Session's
 * table): their id, checked against the organizer table on every request, and their name for the audit log.
 */
public record ConsoleUser(long organizerId, String displayName) implements Serializable {

    /** Who the audit log names for what this organizer does in the console. */
    public Actor actor() {
        return new Actor(organizerId, displayName, AuditChannel.CONSOLE);
    }

    @Override
    public String toString() {
        return "organizer " + organizerId;
    }
}
