package org.beloved.directory;

import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * DELETE MY DATA, the directory's part: the sender's phone leaves every listing; a listing with
 * no other contact is hidden, one with an email stays.
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
