package org.beloved.sms;

import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * DELETE MY DATA, the SMS adapter's part: every text Beloved sent the number (number, body, sid)
 * and the pages of a long reply still waiting for MORE. A status callback arriving later for one
 * of those messages finds no row and changes nothing.
 */
@Component
@Order(110)
class SmsPersonalData implements PersonalData {

    private final SmsOutboundStore outbound;
    private final PendingPages pendingPages;

    SmsPersonalData(SmsOutboundStore outbound, PendingPages pendingPages) {
        this.outbound = outbound;
        this.pendingPages = pendingPages;
    }

    @Override
    public Optional<Erased> erase(Channel channel, String address) {
        if (channel != Channel.SMS) {
            return Optional.empty();
        }
        pendingPages.clear(address);
        int sent = outbound.erase(address);
        return sent == 0 ? Optional.empty() : Optional.of(new Erased("erased.sent", sent));
    }
}
