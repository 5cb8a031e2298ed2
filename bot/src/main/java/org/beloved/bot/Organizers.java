package org.beloved.bot;

import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.Interaction;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditChannel;
import org.beloved.organizers.Organizer;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.organizers.OrganizerSettings;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may do what on Discord, and who they are for the audit log.
 * <ul>
 * <li>Organizer ({@link Access#ORGANIZER}, campaign-wide): only in the servers of
 * {@code beloved.discord.guild-ids}, and only a named organizer (their Discord user id in the
 * organizer table) or a holder of the role whose id is {@code beloved.discord.organizer-role-id}
 * (or, deprecated, of the role named {@code beloved.discord.admin-role}). Manage Server alone never
 * counts: anyone can add the bot to a server of their own and hold it there.</li>
 * <li>Server admin ({@link Access#SERVER_ADMIN}, that one server's settings): Manage Server in that
 * server, in any server, or an organizer.</li>
 * </ul>
 * Everything is answered from memory: JDA asks on its event thread.
 */
@Component
public class Organizers {

    private static final Logger log = LoggerFactory.getLogger(Organizers.class);

    private final DiscordProperties discord;
    private final OrganizerSettings settings;
    private final OrganizerRoster roster;

    Organizers(DiscordProperties discord, OrganizerSettings settings, OrganizerRoster roster) {
        this.discord = discord;
        this.settings = settings;
        this.roster = roster;
        if (present(discord.adminRole())) {
            log.warn("beloved.discord.admin-role is deprecated: set beloved.discord.organizer-role-id to the role's id "
                    + "instead. Until then the role named '{}' counts as organizer, only in the servers of "
                    + "beloved.discord.guild-ids.", discord.adminRole().strip());
        }
    }

    /**
     * Whether organizer commands can be used at all, so are registered: some servers are listed and
     * someone can be an organizer there (settings, the organizer role, or an organizer on Discord in the table).
     */
    boolean commandsEnabled() {
        return !discord.guildIds().isEmpty() && (!settings.discordUserIds().isEmpty() || present(discord.organizerRoleId())
                || present(discord.adminRole()) || roster.anyOnDiscord());
    }

    /** The log line that says which settings turn organizer commands on. */
    static String howToEnable() {
        return "Organizer commands (/approve, /webinar) are off: set beloved.discord.guild-ids to your organizing servers, "
                + "and beloved.organizers.discord-user-ids or beloved.discord.organizer-role-id";
    }

    public boolean allows(Access access, Interaction interaction) {
        return switch (access) {
            case EVERYONE -> true;
            case SERVER_ADMIN -> isOrganizer(interaction) || isServerAdmin(interaction.getMember());
            case ORGANIZER -> isOrganizer(interaction);
        };
    }

    /** Campaign-wide: in a listed server, a named organizer or a holder of the organizer role. */
    public boolean isOrganizer(Interaction interaction) {
        Member member = interaction.getMember();
        if (member == null || !discord.guildIds().contains(member.getGuild().getId())) {
            return false;
        }
        return named(interaction).isPresent() || holdsOrganizerRole(member);
    }

    /**
     * Who acted, for the audit log: a named organizer by their id, anyone else by a label with their
     * masked Discord id (enough to tell two apart, not to find them).
     */
    public Actor actor(Interaction interaction) {
        Optional<Organizer> named = named(interaction);
        if (named.isPresent()) {
            return Actor.organizer(named.get(), AuditChannel.DISCORD);
        }
        String who = Pii.mask(interaction.getUser().getId());
        return Actor.labelled((isOrganizer(interaction) ? "organizer-role " : "server-admin ") + who, AuditChannel.DISCORD);
    }

    private Optional<Organizer> named(Interaction interaction) {
        return roster.onDiscord(interaction.getUser().getId());
    }

    private static boolean isServerAdmin(Member member) {
        return member != null && member.hasPermission(Permission.MANAGE_SERVER);
    }

    private boolean holdsOrganizerRole(Member member) {
        String roleId = discord.organizerRoleId();
        String roleName = discord.adminRole();
        return member.getRoles().stream().anyMatch(r -> (present(roleId) && roleId.strip().equals(r.getId()))
                || (present(roleName) && roleName.strip().equalsIgnoreCase(r.getName())));
    }

    private static boolean present(String setting) {
        return setting != null && !setting.isBlank();
    }
}
