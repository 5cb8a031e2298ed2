package org.beloved.messaging;

import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * DELETE MY DATA, messaging's part: stored messages (their channel ids stay as tombstones, so a
 * replayed webhook does nothing), messages queued or sent, delivery health. Opt-outs stay, as
 * keyed hashes only, so STOP keeps being honored.
 */
@Component
@Order(100)
class MessagingPersonalData implements PersonalData {

    private final InboundLog inbound;
    private final Reachability reachability;
    private final OutboxStore outbox;

    MessagingPersonalData(InboundLog inbound, Reachability reachability, OutboxStore outbox) {
        this.inbound = inbound;
        this.reachability = reachability;
        this.outbox = outbox;
    }

    @Override
    public Optional<Erased> erase(Channel channel, String address) {
        int messages = inbound.erase(channel, address);
        outbox.erase(channel, address);
        reachability.erase(channel, address);
        return messages == 0 ? Optional.empty() : Optional.of(new Erased("erased.messages", messages));
    }
}
