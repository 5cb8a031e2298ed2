package org.beloved.messaging;

import java.util.Optional;
import org.beloved.conversation.Channel;
import org.beloved.conversation.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** DELETE MY DATA, messaging's part: stored messages and delivery health. Opt-outs stay. */
@Component
@Order(100)
class MessagingPersonalData implements PersonalData {

    private final InboundLog inbound;
    private final Reachability reachability;

    MessagingPersonalData(InboundLog inbound, Reachability reachability) {
        this.inbound = inbound;
        this.reachability = reachability;
    }

    @Override
    public Optional<Erased> erase(Channel channel, String address) {
        int messages = inbound.erase(channel, address);
        reachability.recordReachable(channel, address);
        return messages == 0 ? Optional.empty() : Optional.of(new Erased("erased.messages", messages));
    }
}
