package org.beloved.bot;

import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** /help: what Beloved does and its commands, in the user's language, only to them. */
@Component
class HelpSlashCommand implements SlashCommand {

    private final ObjectProvider<SlashCommand> commands;
    private final Organizers organizers;

    HelpSlashCommand(ObjectProvider<SlashCommand> commands, Organizers organizers) {
        this.commands = commands;
        this.organizers = organizers;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "help.description");
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.help");
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        interactions.defer(event, true, language -> {
            // The provider leaves out the bean asking (this one), so /help adds itself.
            String lines = java.util.stream.Stream.concat(java.util.stream.Stream.of((SlashCommand) this),
                            commands.orderedStream()).distinct()
                    .filter(c -> c.access() != Access.ORGANIZER || organizers.commandsEnabled())   // as registered
                    .sorted(java.util.Comparator.comparing(SlashCommand::name))
                    .map(SlashCommand::helpKey).flatMap(Optional::stream)
                    .map(key -> interactions.texts().t(language, key))
                    .collect(Collectors.joining("\n"));
            return MessageEditData.fromContent(interactions.texts().t(language, "help.intro") + "\n" + lines);
        });
    }
}
