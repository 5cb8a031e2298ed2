package org.beloved.bot.directory;

import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.BotTexts;
import org.beloved.bot.ComponentId;
import org.beloved.bot.Interactions;
import org.beloved.bot.SlashCommand;
import org.beloved.directory.Directory;
import org.beloved.shared.Channel;
import org.springframework.stereotype.Component;

/**
 * /remove-listing: hides the congregations this Discord user registered from the map (REMOVE
 * LISTING), after a confirmation button only they can press ({@link RemoveListingButtons}).
 */
@Component
class RemoveListingSlashCommand implements SlashCommand {

    private final Directory directory;

    RemoveListingSlashCommand(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "remove-listing";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.remove-listing");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "remove-listing.description");
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        String user = event.getUser().getId();
        interactions.defer(event, true, language -> {
            var mine = directory.listingsOf(Channel.DISCORD, user);
            if (mine.isEmpty()) {
                return MessageEditData.fromContent(interactions.texts().t(language, "listing.nothing-to-remove"));
            }
            BotTexts t = interactions.texts();
            String yes = ComponentId.of(RemoveListingButtons.ID, RemoveListingButtons.YES).ownedBy(user).encode();
            String no = ComponentId.of(RemoveListingButtons.ID, RemoveListingButtons.NO).ownedBy(user).encode();
            return new MessageEditBuilder()
                    .setContent(t.t(language, "remove-listing.confirm", mine.size()) + "\n"
                            + MyListingSlashCommand.text(t, language, mine))
                    .setComponents(ActionRow.of(Button.danger(yes, t.t(language, "remove-listing.yes")),
                            Button.secondary(no, t.t(language, "confirm.no"))))
                    .build();
        });
    }
}
