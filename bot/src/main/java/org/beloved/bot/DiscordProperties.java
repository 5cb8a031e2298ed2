package org.beloved.bot;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code beloved.discord.*}.
 *
 * @param token the bot token; without it the Discord adapter stays off
 * @param guildIds servers to register slash commands in directly (instant updates); empty: globally
 * @param adminRole a role name that counts as organizer, besides the Manage Server permission
 * @param shards how many gateway connections (JDA shards) to open; 1 is plenty below 2,500 servers
 * @param apiBaseUrl Discord's REST API, version included, ending in {@code /}; the gateway's address
 *        comes from {@code GET /gateway/bot} there, so tests and proxies redirect both with it
 */
@Validated
@ConfigurationProperties("beloved.discord")
public record DiscordProperties(String token, @DefaultValue List<String> guildIds, String adminRole,
        @jakarta.validation.constraints.Min(1) @DefaultValue("1") int shards,
        @NotNull @Pattern(regexp = "https?://[^\\s/?#]+(/[^\\s?#]*)?/",
                message = "must be an http(s) URL ending in /, like https://discord.com/api/v10/")
        @DefaultValue("https://discord.com/api/v10/") String apiBaseUrl) {

    public boolean enabled() {
        return token != null && !token.isBlank();
    }
}
