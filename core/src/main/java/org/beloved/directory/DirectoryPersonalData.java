package org.beloved.directory;

import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * DELETE MY DATA, the directory's part: a listing the sender registered is removed while pending,
 * or loses its whole contact and goes back to an organizer's review; the sender's phone leaves
 * anyone else's listing (hidden when no contact is left); CONNECT requests the sender made or was
 * asked, and the partners they were last shown, are deleted.
 */
@Component
@Order(50)
class DirectoryPersonalData implements PersonalData {

    private final Directory directory;
    private final ConnectRequests connects;

    DirectoryPersonalData(Directory directory, ConnectRequests connects) {
        this.directory = directory;
        this.connects = connects;
    }

    @Override
    public Optional<Erased> erase(Channel channel, String address) {
        int requests = connects.erase(channel, address);
        int listings = directory.erasePersonalData(channel, address);
        if (listings == 0) {
            return requests == 0 ? Optional.empty() : Optional.of(new Erased("erased.connect-requests", requests));
        }
        return Optional.of(new Erased("erased.listings", listings));
    }
}
