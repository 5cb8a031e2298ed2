package org.beloved.bot.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.BotTexts;
import org.beloved.bot.Interactions;
import org.beloved.bot.SlashCommand;
import org.beloved.directory.Directory;
import org.beloved.directory.Partner;
import org.beloved.directory.PartnerSearch;
import org.beloved.directory.ZipCodes;
import org.beloved.directory.ZipLookup;
import org.beloved.shared.Language;
import org.springframework.stereotype.Component;

/**
 * /partners [zip] [radius_miles] [limit]: the partners nearest a ZIP, posted in the channel (public
 * information). Without a ZIP, a server's default ZIP ({@code /server-zip}) is used; where there is
 * none (or in a DM) the answer says how to give one.
 */
@Component
class PartnersSlashCommand implements SlashCommand {

    static final String ZIP = "zip";
    static final String RADIUS = "radius_miles";
    static final String LIMIT = "limit";

    private final Directory directory;
    private final ZipCodes zipCodes;
    private final ServerZips serverZips;

    PartnersSlashCommand(Directory directory, ZipCodes zipCodes, ServerZips serverZips) {
        this.directory = directory;
        this.zipCodes = zipCodes;
        this.serverZips = serverZips;
    }

    @Override
    public String name() {
        return "partners";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.partners");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "partners.description").addOptions(
                texts.option(OptionType.STRING, ZIP, "partners.zip.option", false),
                texts.option(OptionType.INTEGER, RADIUS, "partners.radius.option", false)
                        .setRequiredRange(1, Directory.MAX_RADIUS),
                texts.option(OptionType.INTEGER, LIMIT, "partners.limit.option", false)
                        .setRequiredRange(1, Directory.MAX_LIMIT));
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        String typed = Optional.ofNullable(event.getOption(ZIP)).map(OptionMapping::getAsString).orElse("");
        Integer radius = Optional.ofNullable(event.getOption(RADIUS)).map(o -> (int) o.getAsLong()).orElse(null);
        Integer limit = Optional.ofNullable(event.getOption(LIMIT)).map(o -> (int) o.getAsLong()).orElse(null);
        if (!typed.isBlank() && ZipCodes.normalize(typed).isEmpty()) {
            interactions.refuse(event, "zip.malformed");
            return;
        }
        if ((radius != null && (radius < 1 || radius > Directory.MAX_RADIUS))
                || (limit != null && (limit < 1 || limit > Directory.MAX_LIMIT))) {
            interactions.refuse(event, "partners.out-of-range");
            return;
        }
        String guild = event.isFromGuild() ? event.getGuild().getId() : null;
        if (typed.isBlank() && guild == null) {
            interactions.refuse(event, "partners.no-zip.dm");
            return;
        }
        interactions.defer(event, false, language -> {
            Optional<String> zip = typed.isBlank() ? serverZips.of(guild) : Optional.of(typed);
            if (zip.isEmpty()) {
                return MessageEditData.fromContent(interactions.texts().t(language, "partners.no-zip.server"));
            }
            ZipLookup lookup = zipCodes.lookup(zip.get());
            if (!(lookup instanceof ZipLookup.Found found)) {
                return MessageEditData.fromContent(interactions.texts().t(language, "zip.unknown",
                        ZipCodes.normalize(zip.get()).orElse(zip.get())));
            }
            return MessageEditData.fromEmbeds(embed(interactions.texts(), language,
                    directory.nearest(found.zipCode(), radius, limit), directory.mapLink(found.zipCode().zip())));
        });
    }

    static net.dv8tion.jda.api.entities.MessageEmbed embed(BotTexts texts, Language language, PartnerSearch search,
            String mapLink) {
        var from = search.from();
        EmbedBuilder embed = new EmbedBuilder().setColor(0x7A2E8E).setTitle(
                texts.t(language, "partners.header", from.zip(), from.city(), from.state(), search.radiusMiles()), mapLink);
        List<String> lines = new ArrayList<>();
        if (search.partners().isEmpty()) {
            lines.add(texts.t(language, "partners.none", search.radiusMiles(), from.zip(), from.city(), from.state()));
            if (!search.beyond().isEmpty()) {
                lines.add(texts.t(language, "partners.nearest-beyond"));
            }
        }
        int n = 1;
        for (Partner p : search.partners().isEmpty() ? search.beyond() : search.partners()) {
            String line = texts.t(language, "partners.line", n++, p.name(), texts.t(language, p.tradition().key()),
                    p.city(), p.state(), p.distanceMiles());
            if (p.contact() != null) {
                line += "\n" + texts.t(language, "partners.contact", p.contact().joined());
            }
            lines.add(line);
        }
        if (search.partners().isEmpty()) {
            lines.add(texts.t(language, "discord.partners.invite"));
        }
        lines.add(texts.t(language, "partners.map", mapLink));
        return embed.setDescription(String.join("\n", lines)).build();
    }
}
