package org.beloved.organizers;

/** An organizer to add: a display name and a Discord user id, a phone (E.164), or both. */
public record NewOrganizer(String displayName, String discordUserId, String phone) {
}
