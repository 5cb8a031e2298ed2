package org.beloved.bot;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * Clicks on buttons whose {@link ComponentId} names this handler. A personal button (one with an
 * owner) is refused by the router when someone else clicks it, before the handler runs.
 */
public interface ButtonHandler {

    /** The handler name encoded in component ids. */
    String id();

    void handle(ButtonInteractionEvent event, ComponentId componentId, Interactions interactions);

    /** Who may use this button (the router checks, before {@link #handle}); organizer ones need a server. */
    default Access buttonAccess() {
        return Access.EVERYONE;
    }
}
