package org.beloved.bot;

import java.util.Optional;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.beloved.conversation.Languages;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * The bot's sentences for a Discord user, and command definitions localised from the same
 * bundles. A user's language is the one they chose with /language, else Spanish when their
 * Discord client is in Spanish, else English.
 */
@Component
public class BotTexts {

    private final Texts texts;
    private final Languages languages;

    BotTexts(Texts texts, Languages languages) {
        this.texts = texts;
        this.languages = languages;
    }

    /** Reads the database: call it off JDA's event thread. */
    public Language languageOf(Interaction interaction) {
        return languages.remembered(Channel.DISCORD, interaction.getUser().getId())
                .orElseGet(() -> clientLanguage(interaction));
    }

    /** The Discord client's language alone (no database): for answers on the event thread. */
    public static Language clientLanguage(Interaction interaction) {
        DiscordLocale locale = interaction.getUserLocale();
        return locale == DiscordLocale.SPANISH || locale == DiscordLocale.SPANISH_LATAM ? Language.ES : Language.EN;
    }

    public String t(Language language, String key, Object... args) {
        return texts.get(language, key, args);
    }

    /** A slash command described in English, with Spanish name (when {@code key.name} exists) and description. */
    public SlashCommandData slash(String name, String key) {
        SlashCommandData data = Commands.slash(name, t(Language.EN, key));
        for (DiscordLocale locale : spanish()) {
            data.setDescriptionLocalization(locale, t(Language.ES, key));
            spanishName(key).ifPresent(n -> data.setNameLocalization(locale, n));
        }
        return data;
    }

    public SubcommandData subcommand(String name, String key) {
        SubcommandData data = new SubcommandData(name, t(Language.EN, key));
        for (DiscordLocale locale : spanish()) {
            data.setDescriptionLocalization(locale, t(Language.ES, key));
            spanishName(key).ifPresent(n -> data.setNameLocalization(locale, n));
        }
        return data;
    }

    public OptionData option(OptionType type, String name, String key, boolean required) {
        OptionData data = new OptionData(type, name, t(Language.EN, key), required);
        for (DiscordLocale locale : spanish()) {
            data.setDescriptionLocalization(locale, t(Language.ES, key));
            spanishName(key).ifPresent(n -> data.setNameLocalization(locale, n));
        }
        return data;
    }

    private Optional<String> spanishName(String key) {
        try {
            return Optional.of(t(Language.ES, key + ".name"));
        } catch (org.springframework.context.NoSuchMessageException e) {
            return Optional.empty();
        }
    }

    private static DiscordLocale[] spanish() {
        return new DiscordLocale[] {DiscordLocale.SPANISH, DiscordLocale.SPANISH_LATAM};
    }
}
