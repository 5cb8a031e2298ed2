package org.beloved.conversation;

import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** DELETE MY DATA, the conversation engine's part: language setting and any running flow. */
@Component
@Order(0)
class ConversationPersonalData implements PersonalData {

    private final SenderStore senders;
    private final FlowStore flows;
    private final Continuations continuations;

    ConversationPersonalData(SenderStore senders, FlowStore flows, Continuations continuations) {
        this.senders = senders;
        this.flows = flows;
        this.continuations = continuations;
    }

    @Override
    public Optional<Erased> erase(Channel channel, String address) {
        flows.delete(channel, address);
        continuations.delete(channel, address);
        return senders.delete(channel, address) ? Optional.of(new Erased("erased.language")) : Optional.empty();
    }
}
