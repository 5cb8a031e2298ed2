package org.beloved.messaging;

import java.util.Optional;
import org.beloved.shared.Channel;
import org.springframework.stereotype.Component;

/** The rule the dispatcher applies before anything is written or sent: nothing to the opted out or the unreachable. */
@Component
class Recipients {

    private final OptOuts optOuts;
    private final Reachability reachability;

    Recipients(OptOuts optOuts, Reachability reachability) {
        this.optOuts = optOuts;
        this.reachability = reachability;
    }

    /** Why nothing may be sent to this recipient now, or empty when something may. */
    Optional<String> refusal(Channel channel, String address) {
        if (optOuts.isOptedOut(channel, address)) {
            return Optional.of("opted out");
        }
        if (reachability.isUnreachable(channel, address)) {
            return Optional.of("unreachable");
        }
        return Optional.empty();
    }
}
