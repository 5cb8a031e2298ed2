package org.beloved.webinars;

import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** DELETE MY DATA, the webinars' part: the reminder subscription (messaging erases the messages). */
@Component
@Order(60)
class WebinarsPersonalData implements PersonalData {

    private final Subscriptions subscriptions;

    WebinarsPersonalData(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public Optional<Erased> erase(Channel channel, String address) {
        return subscriptions.unsubscribe(channel, address) ? Optional.of(new Erased("erased.subscription")) : Optional.empty();
    }
}
