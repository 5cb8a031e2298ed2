package org.beloved.app.organizers;

import org.beloved.organizers.Organizer;
import org.beloved.shared.Pii;

/**
 * An organizer as the admin API shows it. The Discord user id and the phone are masked
 * ({@code ***42}): enough to recognise someone, never enough to reach them.
 */
record OrganizerJson(long id, String displayName, String discordUserId, String phone, boolean active, String addedBy,
        String addedAt) {

    static OrganizerJson of(Organizer o) {
        return new OrganizerJson(o.id(), o.displayName(), o.discordUserId() == null ? null : Pii.mask(o.discordUserId()),
                o.phone() == null ? null : Pii.mask(o.phone()), o.active(), o.addedBy(), o.addedAt().toString());
    }
}
