package org.beloved.directory;

import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * DELETE MY DATA, CONNECT's part: the requests the sender made or was asked, and the partners
 * they were last shown (their last ZIP search), are deleted; the reply names each that was there.
 * Runs before the listings' part, whose removal of a pending listing would take its requests
 * along unnamed.
 */
@Component
@Order(45)
class ConnectPersonalData implements PersonalData {

    private final ConnectRequests connects;

    ConnectPersonalData(ConnectRequests connects) {
        this.connects = connects;
    }

    @Override
    public Optional<Erased> erase(Channel channel, String address) {
        ConnectRequests.Erased erased = connects.erase(channel, address);
        if (erased.requests() > 0) {
            return Optional.of(erased.search() ? new Erased("erased.connect-requests-and-search", erased.requests())
                    : new Erased("erased.connect-requests", erased.requests()));
        }
        return erased.search() ? Optional.of(new Erased("erased.partner-search")) : Optional.empty();
    }
}
