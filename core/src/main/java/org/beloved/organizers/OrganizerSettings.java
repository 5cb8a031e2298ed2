package org.beloved.organizers;

import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code beloved.organizers.*}: the organizers every instance makes sure exist at start-up
 * (comma-separated). One who is already in the organizer table, active or removed, is left as it is,
 * so a removal through the admin API sticks across restarts.
 *
 * @param discordUserIds Discord user ids (17 to 20 digits) of organizers
 * @param phones E.164 phone numbers of organizers
 */
@Validated
@ConfigurationProperties("beloved.organizers")
public record OrganizerSettings(
        @DefaultValue List<@Pattern(regexp = Organizer.DISCORD_USER_ID, message = "must be a Discord user id (17 to 20 digits)") String> discordUserIds,
        @DefaultValue List<@Pattern(regexp = Organizer.PHONE, message = "must be a phone number in E.164, like +14155550123") String> phones) {

    /** Spaces around each entry and empty entries ({@code "a, ,b"}, an empty variable) are ignored. */
    public OrganizerSettings {
        discordUserIds = cleaned(discordUserIds);
        phones = cleaned(phones);
    }

    private static List<String> cleaned(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
