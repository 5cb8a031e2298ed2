package org.beloved.directory;

import java.util.Optional;
import org.beloved.shared.Channel;
import org.springframework.stereotype.Component;

/**
 * The ZIP code a text sender (SMS, Discord DM) searched last, kept with the partners they were
 * shown until their next search or DELETE MY DATA. Web simulator senders are not kept.
 */
@Component
public class SearchedZips {

    private final ConnectRequests requests;
    private final ZipCodes zipCodes;

    SearchedZips(ConnectRequests requests, ZipCodes zipCodes) {
        this.requests = requests;
        this.zipCodes = zipCodes;
    }

    public Optional<ZipCode> last(Channel channel, String address) {
        return requests.shown(channel, address).map(ConnectRequests.Shown::zip).map(zipCodes::lookup)
                .filter(ZipLookup.Found.class::isInstance).map(found -> ((ZipLookup.Found) found).zipCode());
    }
}
