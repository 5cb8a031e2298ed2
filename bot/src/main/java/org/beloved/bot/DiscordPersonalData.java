package org.beloved.bot;

import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Discord's part of DELETE MY DATA: the stored DM channel id of the user. */
@Component
@Order(120)
class DiscordPersonalData implements PersonalData {

    private final DirectMessageChannels channels;

    DiscordPersonalData(DirectMessageChannels channels) {
        this.channels = channels;
    }

    @Override
    public Optional<Erased> erase(Channel channel, String address) {
        if (channel != Channel.DISCORD) {
            return Optional.empty();
        }
        return channels.forget(address) ? Optional.of(new Erased("erased.dm-channel")) : Optional.empty();
    }
}
