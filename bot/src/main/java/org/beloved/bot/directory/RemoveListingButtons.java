package org.beloved.bot.directory;

import org.beloved.bot.BotTexts;
import org.beloved.bot.ConfirmationButtons;
import org.beloved.directory.Directory;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.springframework.stereotype.Component;

/** The /remove-listing confirmation: yes hides the clicker's own listings (the button is theirs alone), no keeps them. */
@Component
class RemoveListingButtons extends ConfirmationButtons {

    static final String ID = "remove-listing";

    private final Directory directory;

    RemoveListingButtons(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected String keptKey() {
        return "remove-listing.kept";
    }

    @Override
    protected String confirmed(String user, Language language, BotTexts texts) {
        int hidden = directory.removeListingsOf(Channel.DISCORD, user);
        return hidden == 0 ? texts.t(language, "listing.nothing-to-remove")
                : texts.t(language, "discord.listing.removed", hidden);
    }
}
