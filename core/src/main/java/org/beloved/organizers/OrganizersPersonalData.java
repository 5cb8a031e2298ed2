package org.beloved.organizers;

import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * DELETE MY DATA, the organizers' part: the sender's phone or Discord id leaves the organizer table
 * (the organizer is removed with it when it was their only one), audited as {@code delete-my-data}.
 */
@Component
@Order(70)
class OrganizersPersonalData implements PersonalData {

    private final OrganizerRoster roster;

    OrganizersPersonalData(OrganizerRoster roster) {
        this.roster = roster;
    }

    @Override
    public Optional<Erased> erase(Channel channel, String address) {
        return roster.erase(channel, address) ? Optional.of(new Erased("erased.organizer")) : Optional.empty();
    }
}
