package org.beloved.bot;

import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.conversation.Languages;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.springframework.stereotype.Component;

/** /language: English or Español, remembered per Discord user (the same memory as DMs). */
@Component
class LanguageSlashCommand implements SlashCommand {

    static final String OPTION = "language";

    private final Languages languages;

    LanguageSlashCommand(Languages languages) {
        this.languages = languages;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "language.description").addOptions(
                texts.option(OptionType.STRING, OPTION, "language.option", true)
                        .addChoice("English", "en")
                        .addChoice("Español", "es"));
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.language");
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        String code = Optional.ofNullable(event.getOption(OPTION)).map(OptionMapping::getAsString).orElse("");
        if (!code.equals("en") && !code.equals("es")) {
            interactions.refuse(event, "language.invalid");
            return;
        }
        Language chosen = Language.fromCode(code);
        String user = event.getUser().getId();
        interactions.defer(event, true, ignored -> {
            languages.remember(Channel.DISCORD, user, chosen);
            return MessageEditData.fromContent(interactions.texts().t(chosen, "language.set"));
        });
    }
}
