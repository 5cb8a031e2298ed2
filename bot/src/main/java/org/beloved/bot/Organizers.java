package org.beloved.bot;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import org.springframework.stereotype.Component;

/** The one place that decides who is an organizer: Manage Server, or the configured admin role. */
@Component
class Organizers {

    private final DiscordProperties properties;

    Organizers(DiscordProperties properties) {
        this.properties = properties;
    }

    boolean isOrganizer(Member member) {
        if (member == null) {
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
