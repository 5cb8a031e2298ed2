package org.beloved.bot;

/** Who may use a command, button or form. {@link InteractionRouter} enforces it, through {@link Organizers}. */
public enum Access {
    /** Anyone, anywhere the interaction exists. */
    EVERYONE,
    /** This server's own admins (Manage Server in it), or organizers: settings of that one server only. */
    SERVER_ADMIN,
    /** Organizers only, and only in the servers of {@code beloved.discord.guild-ids}: campaign-wide actions. */
    ORGANIZER
}
