package org.beloved.webinars;

import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** DELETE MY DATA, the webinars' part: the reminder subscription and zone hint (messaging erases the messages). */
@Component
@Order(60)
class WebinarsPersonalData implements PersonalData {

    private final Subscriptions subscriptions;
    private final ZoneHints hints;

    WebinarsPersonalData(Subscriptions subscriptions, ZoneHints hints) {
        this.subscriptions = subscriptions;
        this.hints = hints;
    }

    /** Reported as the subscription: a zone hint alone is only the zone of a ZIP searched within a day. */
    @Override
    public Optional<Erased> erase(Channel channel, String address) {
        hints.forget(channel, address);
        return subscriptions.unsubscribe(channel, address) ? Optional.of(new Erased("erased.subscription")) : Optional.empty();
    }
}
