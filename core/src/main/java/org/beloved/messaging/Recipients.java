package org.beloved.messaging;

import java.util.Optional;
import org.beloved.conversation.Channel;
import org.springframework.stereotype.Service;

/** The rule every outbound channel applies first: nothing to the opted out or the unreachable. */
@Service
public class Recipients {

    private final OptOuts optOuts;
    private final Reachability reachability;

    Recipients(OptOuts optOuts, Reachability reachability) {
        this.optOuts = optOuts;
        this.reachability = reachability;
    }

    /** Why nothing may be sent to this recipient now, or empty when something may. */
    public Optional<Delivery> refusal(Channel channel, String address) {
        if (optOuts.isOptedOut(channel, address)) {
            return Optional.of(Delivery.skipped("opted out"));
        }
        if (reachability.isUnreachable(channel, address)) {
            return Optional.of(Delivery.skipped("unreachable"));
        }
        return Optional.empty();
    }
}
