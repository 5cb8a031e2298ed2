package org.beloved.bot.counties;

import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.BotTexts;
import org.beloved.bot.Interactions;
import org.beloved.bot.SlashCommand;
import org.beloved.counties.Counties;
import org.beloved.counties.County;
import org.beloved.counties.CountyCards;
import org.beloved.directory.ZipCodes;
import org.beloved.shared.Language;
import org.springframework.stereotype.Component;

/**
 * /county zip (anyone, public answer): the card of the ZIP code's county ({@link CountyCards#card}) in
 * the user's language, titled with a link to the county's web page. A ZIP that is not 5 digits is
 * refused at once; one the table does not know, or whose county it does not know, is answered so.
 */
@Component
class CountySlashCommand implements SlashCommand {

    static final String ZIP = "zip";

    private final Counties counties;
    private final CountyCards cards;
    private final CountyLinks links;

    CountySlashCommand(Counties counties, CountyCards cards, CountyLinks links) {
        this.counties = counties;
        this.cards = cards;
        this.links = links;
    }

    @Override
    public String name() {
        return "county";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.county-discord");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "county.description")
                .addOptions(texts.option(OptionType.STRING, ZIP, "county.zip.option", true));
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        String typed = Optional.ofNullable(event.getOption(ZIP)).map(OptionMapping::getAsString).orElse("");
        Optional<String> zip = ZipCodes.normalize(typed);
        if (zip.isEmpty()) {
            interactions.refuse(event, "zip.malformed");
            return;
        }
        interactions.defer(event, false, language -> counties.forZip(zip.get())
                .map(county -> card(interactions.texts(), county, language))
                .orElseGet(() -> MessageEditData.fromContent(
                        interactions.texts().t(language, "discord.county.unknown-zip", zip.get()))));
    }

    /** The card as an embed: its first line the title (linked to the county's page), the rest the text. */
    private MessageEditData card(BotTexts texts, County county, Language language) {
        String card = cards.card(county, language);
        int newline = card.indexOf('\n');
        String title = newline < 0 ? card : card.substring(0, newline);
        String rest = newline < 0 ? "" : card.substring(newline + 1);
        EmbedBuilder embed = new EmbedBuilder().setColor(0x7A2E8E)
                .setTitle(title, links.page(county.fips(), language))
                .setDescription(rest + "\n" + texts.t(language, "discord.county.more", links.page(county.fips(), language)));
        return new MessageEditBuilder().setEmbeds(embed.build()).build();
    }
}
