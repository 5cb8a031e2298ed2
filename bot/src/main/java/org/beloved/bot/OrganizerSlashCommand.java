package org.beloved.bot;

/** A command only organizers may run, and only in a server (the router enforces both). */
public interface OrganizerSlashCommand extends SlashCommand {

    @Override
    default boolean organizerOnly() {
        return true;
    }

    @Override
    default boolean serverOnly() {
        return true;
    }
}
