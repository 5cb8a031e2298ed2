package org.beloved.bot;

/**
 * A command that configures the server it runs in and nothing else: its own admins (Manage Server
 * there) or organizers may run it, in a server only (the router enforces both).
 */
public interface ServerAdminSlashCommand extends SlashCommand {

    @Override
    default Access access() {
        return Access.SERVER_ADMIN;
    }

    @Override
    default boolean serverOnly() {
        return true;
    }
}
