package org.beloved.bot;

/** A campaign-wide command: only organizers may run it, only in a listed server (the router enforces both). */
public interface OrganizerSlashCommand extends SlashCommand {

    @Override
    default Access access() {
        return Access.ORGANIZER;
    }

    @Override
    default boolean serverOnly() {
        return true;
    }
}
