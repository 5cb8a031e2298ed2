package org.beloved.shared;

import java.util.Optional;

/**
 * A feature's part of DELETE MY DATA: erase everything it holds about one sender (subscriptions,
 * state, stored messages, messages sent to them, their listings' contact). What stays holds no
 * address: opt-out records (a keyed hash, because STOP must keep being honored) and the channel
 * ids of erased messages (tombstones, so a replayed webhook does nothing).
 */
public interface PersonalData {

    /**
     * What was erased, as a message key with arguments for the confirmation ("your language
     * setting", "3 stored messages"); empty when this feature held nothing about the sender.
     */
    record Erased(String messageKey, Object... args) {
    }

    Optional<Erased> erase(Channel channel, String address);
}
