package org.beloved.bot.directory;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.BotTexts;
import org.beloved.bot.Interactions;
import org.beloved.bot.SlashCommand;
import org.beloved.directory.Congregation;
import org.beloved.directory.Directory;
import org.beloved.directory.PublicContact;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.springframework.stereotype.Component;

/** /my-listing: the congregations this Discord user registered, their status and shown contact, only to them (MY LISTING). */
@Component
class MyListingSlashCommand implements SlashCommand {

    private final Directory directory;

    MyListingSlashCommand(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "my-listing";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.my-listing");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "my-listing.description");
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        String user = event.getUser().getId();
        interactions.defer(event, true, language -> MessageEditData.fromContent(
                text(interactions.texts(), language, directory.listingsOf(Channel.DISCORD, user))));
    }

    static String text(BotTexts t, Language language, List<Congregation> mine) {
        if (mine.isEmpty()) {
            return t.t(language, "discord.listing.none");
        }
        StringBuilder text = new StringBuilder();
        for (Congregation c : mine) {
            text.append(t.t(language, "listing.line", c.name(), t.t(language, c.tradition().key()), c.city(), c.state(),
                    t.t(language, "listing.status." + c.status().name().toLowerCase()),
                    PublicContact.shownOn(c).map(PublicContact::joined).orElseGet(() -> t.t(language, "join.no"))))
                    .append('\n');
        }
        text.append(t.t(language, "discord.listing.how-to-change"));
        if (mine.stream().anyMatch(c -> c.status() != Congregation.Status.HIDDEN)) {
            text.append(' ').append(t.t(language, "discord.listing.how-to-hide"));
        }
        return text.toString();
    }
}
