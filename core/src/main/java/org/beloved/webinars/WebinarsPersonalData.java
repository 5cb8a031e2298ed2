package org.beloved.webinars;

import java.util.Optional;
import org.beloved.conversation.Channel;
import org.beloved.conversation.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** DELETE MY DATA, the webinars' part: the reminder subscription and its messages. */
@Component
@Order(60)
class WebinarsPersonalData implements PersonalData {

    private final Subscriptions subscriptions;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    WebinarsPersonalData(Subscriptions subscriptions, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.subscriptions = subscriptions;
        this.jdbc = jdbc;
    }

    /** The subscription, and every reminder queued or sent to the address. */
    @Override
    public Optional<Erased> erase(Channel channel, String address) {
        jdbc.sql("delete from outbox where channel = ? and address = ?").params(channel.name(), address).update();
        return subscriptions.unsubscribe(channel, address) ? Optional.of(new Erased("erased.subscription")) : Optional.empty();
    }
}
