package org.beloved.app.directory;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code beloved.web.*}.
 *
 * @param signUpsPerHour how many congregation sign-ups one client address may make per hour, on the web
 *     form and by JOIN in the chat simulator together; only sign-ups that were saved count
 * @param simulatorMessagesPerMinute how many messages one client address may send the chat simulator per minute
 * @param simulatorSendersPerHour how many new chat simulator sessions (sender ids) one client address may start per hour
 * @param smsNumber the bot's real SMS number in E.164 (+14155550123), shown on the home page; none: not shown
 * @param discordInvite an https invite link to the organizing Discord server; none: not shown
 * @param mapTiles the map's tile URL template ({z}/{x}/{y}); empty: the map shows markers without tiles
 * @param mapAttribution the credit the tile provider asks for, shown on the map
 */
@Validated
@ConfigurationProperties("beloved.web")
public record WebProperties(
        @Min(1) @DefaultValue("5") int signUpsPerHour,
        @Min(1) @DefaultValue("20") int simulatorMessagesPerMinute,
        @Min(1) @DefaultValue("10") int simulatorSendersPerHour,
        @Pattern(regexp = "\\+[1-9][0-9]{7,14}", message = "must be an E.164 number like +14155550123") String smsNumber,
        @Pattern(regexp = "https://\\S+", message = "must be an https:// link") String discordInvite,
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String mapTiles,
        @DefaultValue("&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors")
        String mapAttribution) {

    public boolean hasSmsNumber() {
        return smsNumber != null && !smsNumber.isBlank();
    }

    public boolean hasDiscordInvite() {
        return discordInvite != null && !discordInvite.isBlank();
    }
}
