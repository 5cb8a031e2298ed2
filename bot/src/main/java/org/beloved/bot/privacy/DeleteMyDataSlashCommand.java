package org.beloved.bot.privacy;

import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.beloved.bot.BotTexts;
import org.beloved.bot.ComponentId;
import org.beloved.bot.Interactions;
import org.beloved.bot.SlashCommand;
import org.springframework.stereotype.Component;

/**
 * /delete-my-data: DELETE MY DATA on Discord. It only asks; the erasure runs when the user presses
 * the confirmation button, which is theirs alone ({@link DeleteMyDataButtons}).
 */
@Component
class DeleteMyDataSlashCommand implements SlashCommand {

    @Override
    public String name() {
        return "delete-my-data";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.delete-my-data");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "delete-my-data.description");
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        String user = event.getUser().getId();
        interactions.defer(event, true, language -> {
            BotTexts t = interactions.texts();
            String yes = ComponentId.of(DeleteMyDataButtons.ID, DeleteMyDataButtons.YES).ownedBy(user).encode();
            String no = ComponentId.of(DeleteMyDataButtons.ID, DeleteMyDataButtons.NO).ownedBy(user).encode();
            return new MessageEditBuilder().setContent(t.t(language, "delete-my-data.confirm"))
                    .setComponents(ActionRow.of(Button.danger(yes, t.t(language, "delete-my-data.yes")),
                            Button.secondary(no, t.t(language, "confirm.no"))))
                    .build();
        });
    }
}
