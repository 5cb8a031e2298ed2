package org.beloved.bot;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code beloved.discord.*}.
 *
 * @param token the bot token; without it the Discord adapter stays off
 * @param guildIds the organizing servers: organizer commands are registered there only (member and
 *        server-admin commands are always global); empty: no organizer commands
 * @param adminRole deprecated: a role name that counts as organizer, only in the {@code guildIds} servers
 * @param shards how many gateway connections (JDA shards) to open; 1 is plenty below 2,500 servers
 * @param organizerRoleId the id of a role whose holders count as organizers in the {@code guildIds} servers
 * @param apiBaseUrl Discord's REST API, version included, ending in {@code /}; the gateway's address
 *        comes from {@code GET /gateway/bot} there, so tests and proxies redirect both with it
 * @param takeoverInterval one instance of the cluster holds the Discord gateway (a PostgreSQL advisory
 *        lock); the others connect within this long of its death ({@link DiscordLeadership})
 */
@Validated
@ConfigurationProperties("beloved.discord")
public record DiscordProperties(String token, @DefaultValue List<String> guildIds, String adminRole,
        @jakarta.validation.constraints.Min(1) @DefaultValue("1") int shards,
        @Pattern(regexp = "\\s*|[0-9]{17,20}", message = "must be a Discord role id (17 to 20 digits)")
        String organizerRoleId,
        @NotNull @Pattern(regexp = "https?://[^\\s/?#]+(/[^\\s?#]*)?/",
                message = "must be an http(s) URL ending in /, like https://discord.com/api/v10/")
        @DefaultValue("https://discord.com/api/v10/") String apiBaseUrl,
        @NotNull @DurationMin(millis = 600) @DefaultValue("30s") Duration takeoverInterval) {

    /** Bound by Spring. */
    @ConstructorBinding
    public DiscordProperties {
    }

    /** With the default take-over interval. */
    public DiscordProperties(String token, List<String> guildIds, String adminRole, int shards, String organizerRoleId,
            String apiBaseUrl) {
        this(token, guildIds, adminRole, shards, organizerRoleId, apiBaseUrl, Duration.ofSeconds(30));
    }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }
}
