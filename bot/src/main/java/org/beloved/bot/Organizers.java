package org.beloved.bot;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who is an organizer: Manage Server, or the configured admin role.
 * With {@code beloved.discord.guild-ids} set, only in those servers: anyone can add a public bot to
 * a server of their own and hold Manage Server there.
 */
@Component
public class Organizers {

    private final DiscordProperties properties;

    Organizers(DiscordProperties properties) {
        this.properties = properties;
    }

    public boolean isOrganizer(Member member) {
        if (member == null) {
            return false;
        }
        if (!properties.guildIds().isEmpty() && !properties.guildIds().contains(member.getGuild().getId())) {
            return false;
        }
        if (member.hasPermission(Permission.MANAGE_SERVER)) {
            return true;
        }
        String role = properties.adminRole();
        return role != null && !role.isBlank()
                && member.getRoles().stream().anyMatch(r -> r.getName().equalsIgnoreCase(role.strip()));
    }
}
