package org.beloved.bot.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.BotTexts;
import org.beloved.bot.ButtonHandler;
import org.beloved.bot.ComponentId;
import org.beloved.bot.Interactions;
import org.beloved.bot.SlashCommand;
import org.beloved.directory.Connections;
import org.beloved.directory.Directory;
import org.beloved.directory.Partner;
import org.beloved.directory.PartnerSearch;
import org.beloved.directory.ZipAnswerNote;
import org.beloved.directory.ZipCodes;
import org.beloved.directory.ZipLookup;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * /partners [zip] [radius_miles] [limit]: the partners nearest a ZIP, posted in the channel (public
 * information). Without a ZIP, a server's default ZIP ({@code /server-zip}) is used; where there is
 * none (or in a DM) the answer says how to give one. Each listed partner that can be asked gets a
 * "Connect n" button: whoever clicks it asks that partner privately to share its contact ({@link Connections}),
 * and is answered by DM.
 */
@Component
class PartnersSlashCommand implements SlashCommand, ButtonHandler {

    static final String CONNECT = "connect";

    static final String ZIP = "zip";
    static final String RADIUS = "radius_miles";
    static final String LIMIT = "limit";

    private final Directory directory;
    private final ZipCodes zipCodes;
    private final ServerZips serverZips;
    private final Connections connections;
    private final ObjectProvider<ZipAnswerNote> notes;

    PartnersSlashCommand(Directory directory, ZipCodes zipCodes, ServerZips serverZips, Connections connections,
            ObjectProvider<ZipAnswerNote> notes) {
        this.directory = directory;
        this.zipCodes = zipCodes;
        this.serverZips = serverZips;
        this.connections = connections;
        this.notes = notes;
    }

    @Override
    public String id() {
        return CONNECT;
    }

    /** A "Connect n" button: args are the listing's id and the ZIP searched. */
    @Override
    public void handle(ButtonInteractionEvent event, ComponentId componentId, Interactions interactions) {
        String user = event.getUser().getId();
        interactions.defer(event, true, language -> {
            long congregation = Long.parseLong(componentId.args().get(0));
            Connections.Answer answer = connections.request(Channel.DISCORD, user, congregation,
                    componentId.args().get(1));
            return MessageEditData.fromContent(interactions.texts().t(language, answer.messageKey(), answer.args()));
        });
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
            PartnerSearch search = directory.nearest(found.zipCode(), radius, limit);
            List<String> placeNotes = ZipAnswerNote.lines(notes.orderedStream(), language, found.zipCode());
            return new MessageEditBuilder().setEmbeds(embed(interactions.texts(), language, search,
                    directory.mapLink(found.zipCode().zip()), placeNotes))
                    .setComponents(connectButtons(interactions.texts(), language, search)).build();
        });
    }

    /** Up to five rows of five "Connect n" buttons, for the numbered partners that can be asked. */
    private List<ActionRow> connectButtons(BotTexts texts, Language language, PartnerSearch search) {
        List<Partner> numbered = search.partners().isEmpty() ? search.beyond() : search.partners();
        var askable = connections.askable(numbered.stream().map(Partner::id).toList());
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < numbered.size() && buttons.size() < 25; i++) {
            Partner p = numbered.get(i);
            if (askable.contains(p.id())) {
                buttons.add(Button.secondary(ComponentId.of(CONNECT, Long.toString(p.id()), search.from().zip()).encode(),
                        texts.t(language, "discord.partners.connect", i + 1)));
            }
        }
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += 5) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(i + 5, buttons.size()))));
        }
        return rows;
    }

    /** @param placeNotes lines about the ZIP's place ({@link ZipAnswerNote}), shown first */
    static net.dv8tion.jda.api.entities.MessageEmbed embed(BotTexts texts, Language language, PartnerSearch search,
            String mapLink, List<String> placeNotes) {
        var from = search.from();
        EmbedBuilder embed = new EmbedBuilder().setColor(0x7A2E8E).setTitle(
                texts.t(language, "partners.header", from.zip(), from.city(), from.state(), search.radiusMiles()), mapLink);
        List<String> lines = new ArrayList<>(placeNotes);
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
