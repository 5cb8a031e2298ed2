package org.beloved.bot.directory;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.beloved.bot.ButtonHandler;
import org.beloved.bot.ComponentId;
import org.beloved.bot.Interactions;
import org.beloved.directory.Directory;
import org.beloved.shared.Channel;
import org.springframework.stereotype.Component;

/** The /remove-listing confirmation: yes hides the clicker's own listings (the button is theirs alone), no keeps them. */
@Component
class RemoveListingButtons implements ButtonHandler {

    static final String ID = "remove-listing";
    static final String YES = "yes";
    static final String NO = "no";

    private final Directory directory;

    RemoveListingButtons(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void handle(ButtonInteractionEvent event, ComponentId componentId, Interactions interactions) {
        String user = event.getUser().getId();
        boolean remove = YES.equals(componentId.arg(0));
        interactions.update(event, language -> {
            String text;
            if (!remove) {
                text = interactions.texts().t(language, "remove-listing.kept");
            } else {
                int hidden = directory.removeListingsOf(Channel.DISCORD, user);
                text = hidden == 0 ? interactions.texts().t(language, "listing.nothing-to-remove")
                        : interactions.texts().t(language, "discord.listing.removed", hidden);
            }
            return new MessageEditBuilder().setContent(text).setComponents().build();
        });
    }
}
