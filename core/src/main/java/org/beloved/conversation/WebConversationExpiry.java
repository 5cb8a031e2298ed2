package org.beloved.conversation;

import java.time.Instant;
import org.beloved.shared.Channel;
import org.beloved.shared.WebDataExpiry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation engine's part of the web expiry: simulator senders who have not written since
 * the cutoff lose their remembered language, their flow (which expired long before) and any text
 * waiting for MORE. Senders of SMS and Discord are never expired.
 */
@Component
class WebConversationExpiry implements WebDataExpiry {

    private final SenderStore senders;
    private final FlowStore flows;
    private final Continuations continuations;

    WebConversationExpiry(SenderStore senders, FlowStore flows, Continuations continuations) {
        this.senders = senders;
        this.flows = flows;
        this.continuations = continuations;
    }

    @Override
    @Transactional
    public int purgeUnusedSince(Instant cutoff) {
        return flows.deleteExpiredBefore(Channel.WEB, cutoff)
                + continuations.deleteSavedBefore(Channel.WEB, cutoff)
                + senders.deleteUnusedSince(Channel.WEB, cutoff);
    }
}
