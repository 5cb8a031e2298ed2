package org.beloved.bot.directory;

import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.BotTexts;
import org.beloved.bot.Interactions;
import org.beloved.bot.Organizers;
import org.beloved.bot.ServerAdminSlashCommand;
import org.beloved.directory.ZipCodes;
import org.beloved.directory.ZipLookup;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.springframework.stereotype.Component;

/**
 * /server-zip set zip | show | clear: this server's default ZIP, which /partners uses when no ZIP is
 * given. This server's admins (or organizers) only; each change is audited.
 */
@Component
class ServerZipSlashCommand implements ServerAdminSlashCommand {

    static final String SET = "set";
    static final String SHOW = "show";
    static final String CLEAR = "clear";
    static final String ZIP = "zip";
    static final String SERVER = "discord-server";

    private final ServerZips zips;
    private final ZipCodes zipCodes;
    private final Organizers organizers;
    private final AuditLog audit;

    ServerZipSlashCommand(ServerZips zips, ZipCodes zipCodes, Organizers organizers, AuditLog audit) {
        this.zips = zips;
        this.zipCodes = zipCodes;
        this.organizers = organizers;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "server-zip";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.server-zip");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "server-zip.description").addSubcommands(
                texts.subcommand(SET, "server-zip.set.description").addOptions(
                        texts.option(OptionType.STRING, ZIP, "partners.zip.option", true)),
                texts.subcommand(SHOW, "server-zip.show.description"),
                texts.subcommand(CLEAR, "server-zip.clear.description"));
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        String guild = event.getGuild().getId();
        String subcommand = String.valueOf(event.getSubcommandName());
        switch (subcommand) {
            case SET -> set(event, interactions, guild);
            case SHOW -> interactions.defer(event, true, language -> MessageEditData.fromContent(zips.of(guild)
                    .map(zip -> interactions.texts().t(language, "server-zip.is", zip))
                    .orElseGet(() -> interactions.texts().t(language, "server-zip.none"))));
            case CLEAR -> {
                Actor actor = organizers.actor(event);
                interactions.defer(event, true, language -> {
                    boolean cleared = zips.clear(guild);
                    if (cleared) {
                        audit.record(actor, AuditAction.SERVER_ZIP_CLEAR, SERVER, guild);
                    }
                    return MessageEditData.fromContent(interactions.texts().t(language,
                            cleared ? "server-zip.cleared" : "server-zip.none"));
                });
            }
            default -> interactions.refuse(event, "error.unknown");
        }
    }

    private void set(SlashCommandInteractionEvent event, Interactions interactions, String guild) {
        String typed = Optional.ofNullable(event.getOption(ZIP)).map(OptionMapping::getAsString).orElse("");
        Optional<String> normalized = ZipCodes.normalize(typed);
        if (normalized.isEmpty()) {
            interactions.refuse(event, "zip.malformed");
            return;
        }
        Actor actor = organizers.actor(event);
        interactions.defer(event, true, language -> {
            if (!(zipCodes.lookup(normalized.get()) instanceof ZipLookup.Found found)) {
                return MessageEditData.fromContent(interactions.texts().t(language, "zip.unknown", normalized.get()));
            }
            zips.set(guild, found.zipCode().zip());
            audit.record(actor, AuditAction.SERVER_ZIP_SET, SERVER, guild);
            return MessageEditData.fromContent(interactions.texts().t(language, "server-zip.set", found.zipCode().zip(),
                    found.zipCode().city(), found.zipCode().state()));
        });
    }
}
