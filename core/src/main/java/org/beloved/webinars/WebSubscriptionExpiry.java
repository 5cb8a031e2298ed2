package org.beloved.webinars;

import java.time.Instant;
import org.beloved.shared.WebDataExpiry;
import org.springframework.stereotype.Component;

/** The webinars' part of the web expiry: simulator subscriptions (REMIND) not renewed since the cutoff. */
@Component
class WebSubscriptionExpiry implements WebDataExpiry {

    private final Subscriptions subscriptions;

    WebSubscriptionExpiry(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public int purgeUnusedSince(Instant cutoff) {
        return subscriptions.deleteWebUnusedSince(cutoff);
    }
}
