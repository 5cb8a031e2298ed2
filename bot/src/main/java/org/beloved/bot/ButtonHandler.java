package org.beloved.bot;

import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * Clicks on buttons whose {@link ComponentId} names this handler. A personal button (one with an
 * owner) is refused by the router when someone else clicks it, before the handler runs.
 * Destructive buttons have a {@link #lifetime()}: {@link #EXPIRES_AFTER}.
 */
public interface ButtonHandler {

    /** How long a destructive button lasts: Discord's own interaction tokens last as long. */
    Duration EXPIRES_AFTER = Duration.ofMinutes(15);

    /** The handler name encoded in component ids. */
    String id();

    void handle(ButtonInteractionEvent event, ComponentId componentId, Interactions interactions);

    /**
     * How long after it was issued the button still acts (the router answers an expired one and
     * refuses one with no issue time); empty: forever. Destructive buttons expire, so that a stale
     * message clicked hours later cannot hide, reject or cancel anything.
     */
    default Optional<Duration> lifetime() {
        return Optional.empty();
    }

    /** Who may use this button (the router checks, before {@link #handle}); organizer ones need a server. */
    default Access buttonAccess() {
        return Access.EVERYONE;
    }
}
