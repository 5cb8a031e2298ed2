package org.beloved.bot.directory;

import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.modals.Modal;
import org.beloved.bot.BotTexts;
import org.beloved.bot.ComponentId;
import org.beloved.bot.Interactions;
import org.beloved.bot.SlashCommand;
import org.beloved.shared.Language;
import org.springframework.stereotype.Component;

/** /register: a form (modal) for the congregation; the consent choice and confirmation follow. */
@Component
class RegisterSlashCommand implements SlashCommand {

    static final String NAME = "name";
    static final String TRADITION = "tradition";
    static final String ZIP = "zip";
    static final String CONTACT = "contact";
    static final String EMAIL = "email";

    @Override
    public String name() {
        return "register";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.register");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "register.description");
    }

    /** The modal answers at once: no database, nothing to defer. */
    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        Language language = BotTexts.clientLanguage(event);
        BotTexts t = interactions.texts();
        Modal modal = Modal.create(ComponentId.of(RegisterModal.ID).encode(), t.t(language, "register.modal.title"))
                .addComponents(
                        Label.of(t.t(language, "register.name.label"),
                                TextInput.create(NAME, TextInputStyle.SHORT).setRequiredRange(2, 120).build()),
                        Label.of(t.t(language, "register.tradition.label"),
                                TextInput.create(TRADITION, TextInputStyle.SHORT).setRequiredRange(1, 40)
                                        .setPlaceholder(t.t(language, "register.tradition.placeholder")).build()),
                        Label.of(t.t(language, "register.zip.label"),
                                TextInput.create(ZIP, TextInputStyle.SHORT).setRequiredRange(5, 10).build()),
                        Label.of(t.t(language, "register.contact.label"),
                                TextInput.create(CONTACT, TextInputStyle.SHORT).setRequiredRange(2, 80).build()),
                        Label.of(t.t(language, "register.email.label"),
                                TextInput.create(EMAIL, TextInputStyle.SHORT).setRequiredRange(5, 254).build()))
                .build();
        event.replyModal(modal).queue();
    }
}
