package org.beloved.alerts;

import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** DELETE MY DATA, the alerts' part: the opt-in with its ZIP and county (messaging erases the alerts sent). */
@Component
@Order(65)
class AlertsPersonalData implements PersonalData {

    private final AlertSubscribers subscribers;

    AlertsPersonalData(AlertSubscribers subscribers) {
        this.subscribers = subscribers;
    }

    @Override
    public Optional<Erased> erase(Channel channel, String address) {
        return subscribers.unsubscribe(channel, address) ? Optional.of(new Erased("erased.alerts")) : Optional.empty();
    }
}
