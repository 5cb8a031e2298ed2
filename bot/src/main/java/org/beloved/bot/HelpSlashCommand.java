package org.beloved.bot;

import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * /help: what Beloved does and its commands, in the user's language, only to them. Each line's
 * leading {@code /name} becomes a clickable mention ({@code </name:id>}) once Discord has given the
 * command an id ({@link CommandMentions}).
 */
@Component
class HelpSlashCommand implements SlashCommand {

    private final ObjectProvider<SlashCommand> commands;
    private final Organizers organizers;
    private final CommandMentions mentions;

    HelpSlashCommand(ObjectProvider<SlashCommand> commands, Organizers organizers, CommandMentions mentions) {
        this.commands = commands;
        this.organizers = organizers;
        this.mentions = mentions;
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
        String guildId = event.isFromGuild() ? event.getGuild().getId() : null;
        interactions.defer(event, true, language -> {
            // The provider leaves out the bean asking (this one), so /help adds itself.
            String lines = java.util.stream.Stream.concat(java.util.stream.Stream.of((SlashCommand) this),
                            commands.orderedStream()).distinct()
                    .filter(c -> c.access() != Access.ORGANIZER || organizers.commandsEnabled())   // as registered
                    .sorted(java.util.Comparator.comparing(SlashCommand::name))
                    .flatMap(c -> c.helpKey().stream()
                            .map(key -> withMention(interactions.texts().t(language, key), c.name(), guildId)))
                    .collect(Collectors.joining("\n"));
            return MessageEditData.fromContent(interactions.texts().t(language, "help.intro") + "\n" + lines);
        });
    }

    /**
     * The line's leading "/name" (localized, e.g. /ayuda) as a mention of {@code command} where its id is
     * known; Discord shows a mention in the reader's own language.
     */
    private String withMention(String line, String command, String guildId) {
        String mention = mentions.mention(command, guildId);
        if (!line.startsWith("/") || !mention.startsWith("</")) {
            return line;
        }
        int end = line.indexOf(' ');
        return mention + (end < 0 ? "" : line.substring(end));
    }
}
