package org.beloved.directory;

import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * DELETE MY DATA, the directory's part: a listing the sender registered is removed while pending,
 * or loses its whole contact and goes back to an organizer's review; the sender's phone leaves
 * anyone else's listing (hidden when no contact is left). CONNECT's part is {@link ConnectPersonalData}.
 */
@Component
@Order(50)
class DirectoryPersonalData implements PersonalData {

    private final Directory directory;

    DirectoryPersonalData(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<Erased> erase(Channel channel, String address) {
        int listings = directory.erasePersonalData(channel, address);
        return listings == 0 ? Optional.empty() : Optional.of(new Erased("erased.listings", listings));
    }
}
