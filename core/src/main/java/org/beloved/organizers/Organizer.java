package org.beloved.organizers;

import java.time.Instant;

/**
 * A named organizer: reached on Discord by user id and/or by phone (E.164). A removed one stays in
 * the table, inactive, so the audit log can still name them.
 *
 * @param addedBy who added them: an organizer's name, {@code admin-token} or {@code settings}
 */
public record Organizer(long id, String displayName, String discordUserId, String phone, boolean active,
        String addedBy, Instant addedAt) {

    /** A Discord user id (a snowflake). */
    public static final String DISCORD_USER_ID = "[0-9]{17,20}";
    /** A phone number in E.164. */
    public static final String PHONE = "\\+[1-9][0-9]{7,14}";
}
