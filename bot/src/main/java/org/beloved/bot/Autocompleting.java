package org.beloved.bot;

import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;

/**
 * A slash command that suggests option values as the user types. Discord waits three seconds at
 * most and there is no deferring an autocomplete: answer from memory, never from a slow query.
 */
public interface Autocompleting {

    void autocomplete(CommandAutoCompleteInteractionEvent event);
}
