package org.beloved.bot.toolkit;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.beloved.bot.Autocompleting;
import org.beloved.bot.BotTexts;
import org.beloved.bot.Interactions;
import org.beloved.bot.SlashCommand;
import org.beloved.conversation.Keywords;
import org.beloved.shared.Language;
import org.beloved.toolkit.Section;
import org.beloved.toolkit.Toolkit;
import org.springframework.stereotype.Component;

/**
 * /toolkit [section]: the list of sections, or one section as embeds (split when longer than
 * Discord allows), posted in the channel. Section names autocomplete in the user's language.
 */
@Component
class ToolkitSlashCommand implements SlashCommand, Autocompleting {

    static final String SECTION = "section";
    private static final int COLOR = 0x7A2E8E;

    private final Toolkit toolkit;

    ToolkitSlashCommand(Toolkit toolkit) {
        this.toolkit = toolkit;
    }

    @Override
    public String name() {
        return "toolkit";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.toolkit-discord");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "toolkit.description").addOptions(
                texts.option(OptionType.INTEGER, SECTION, "toolkit.section.option", false).setAutoComplete(true));
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        Integer number = Optional.ofNullable(event.getOption(SECTION)).map(o -> (int) o.getAsLong()).orElse(null);
        interactions.deferMessages(event, false, language -> number == null
                ? List.of(List.of(list(interactions.texts(), language)))
                : section(interactions.texts(), language, number));
    }

    private MessageEmbed list(BotTexts texts, Language language) {
        EmbedBuilder embed = new EmbedBuilder().setColor(COLOR).setTitle(texts.t(language, "web.toolkit.title"));
        StringBuilder lines = new StringBuilder();
        for (Section s : toolkit.sections(language)) {
            lines.append("**").append(s.number()).append(". ").append(s.title()).append("**\n").append(s.summary()).append('\n');
        }
        lines.append('\n').append(texts.t(language, "toolkit.discord.hint"));
        return embed.setDescription(lines.toString()).build();
    }

    private List<List<MessageEmbed>> section(BotTexts texts, Language language, int number) {
        return toolkit.section(language, number)
                .map(s -> EmbedPages.of(s.number() + ". " + s.title(), toolkit.chatMarkdown(s) + "\n\n" + toolkit.link(s), COLOR))
                .orElseGet(() -> List.of(List.of(new EmbedBuilder().setColor(COLOR)
                        .setDescription(texts.t(language, "web.toolkit.not-found")).build())));
    }

    /** From memory, in the language of the user's Discord client: Discord waits three seconds at most. */
    @Override
    public void autocomplete(CommandAutoCompleteInteractionEvent event) {
        String typed = Keywords.normalize(event.getFocusedOption().getValue());
        Language language = BotTexts.clientLanguage(event);
        List<Command.Choice> choices = toolkit.sections(language).stream()
                .filter(s -> typed.isEmpty() || matches(s, typed))
                .limit(25)
                .map(s -> new Command.Choice(s.number() + ". " + s.title(), s.number()))
                .toList();
        event.replyChoices(choices).queue();
    }

    /** The typed text starts the title, one of its words, or the section number. */
    private static boolean matches(Section s, String typed) {
        String title = Keywords.normalize(s.title());
        return title.startsWith(typed) || (" " + title).contains(" " + typed)
                || Integer.toString(s.number()).equals(typed);
    }
}
