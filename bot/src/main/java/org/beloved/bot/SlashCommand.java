package org.beloved.bot;

import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * One slash command, as a Spring bean that owns its definition (options, descriptions and their
 * Spanish localizations). The {@link InteractionRouter} finds it by name, checks {@link #access()} and
 * server-only rules in one place, and calls {@link #handle} on JDA's event thread: never
 * block there. Defer with {@link Interactions#defer} and finish on the executor.
 */
public interface SlashCommand {

    /** The command's name, as registered. */
    String name();

    SlashCommandData definition(BotTexts texts);

    /** Who may run it (the router checks, before {@link #handle}). */
    default Access access() {
        return Access.EVERYONE;
    }

    /** It needs a server; in a DM it refuses clearly. */
    default boolean serverOnly() {
        return false;
    }

    /** The message key of this command's line in /help. */
    default Optional<String> helpKey() {
        return Optional.empty();
    }

    void handle(SlashCommandInteractionEvent event, Interactions interactions);
}
