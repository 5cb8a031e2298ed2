package org.beloved.bot;

import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;

/** Submitted modals whose {@link ComponentId} names this handler (a personal modal is checked like a button). */
public interface ModalHandler {

    String id();

    void handle(ModalInteractionEvent event, ComponentId componentId, Interactions interactions);

    /** Who may use this form (the router checks, before {@link #handle}); organizer ones need a server. */
    default Access formAccess() {
        return Access.EVERYONE;
    }
}
