package org.beloved.bot;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * /help: what Beloved does and its commands, in the user's language, only to them. Each line's
 * leading {@code /name} becomes a clickable mention ({@code </name:id>}, for a command with
 * subcommands one per subcommand: {@code </remind on:id> </remind off:id>}) once Discord has given the
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
                            .map(key -> withMention(interactions.texts().t(language, key), c, interactions.texts(), guildId)))
                    .collect(Collectors.joining("\n"));
            return MessageEditData.fromContent(interactions.texts().t(language, "help.intro") + "\n" + lines);
        });
    }

    /**
     * The line's leading "/name" (localized, e.g. /ayuda) as a mention of the command where its id is
     * known; Discord shows a mention in the reader's own language. A command with subcommands can only
     * be mentioned with one ({@code </webinar add:id>}): its line starts with a mention of each, in
     * place of "/name" and the "add|edit|cancel" that may follow it.
     */
    private String withMention(String line, SlashCommand command, BotTexts texts, String guildId) {
        if (!line.startsWith("/") || !mentions.mention(command.name(), guildId).startsWith("</")) {
            return line;
        }
        List<String> subcommands = command.definition(texts).getSubcommands().stream().map(SubcommandData::getName)
                .toList();
        String[] words = line.split(" ", -1);
        int skipped = 1;
        String mention;
        if (subcommands.isEmpty()) {
            mention = mentions.mention(command.name(), guildId);
        } else {
            mention = subcommands.stream().map(sub -> mentions.mention(command.name() + " " + sub, guildId))
                    .collect(Collectors.joining(" "));
            if (words.length > 1 && subcommands.containsAll(List.of(words[1].split("\\|")))) {
                skipped = 2;
            }
        }
        return mention + (words.length > skipped ? " " + String.join(" ", List.of(words).subList(skipped, words.length)) : "");
    }
}
