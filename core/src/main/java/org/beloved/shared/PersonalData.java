package org.beloved.shared;

import java.util.Optional;

/**
 * A feature's part of DELETE MY DATA: erase everything it holds about one sender (subscriptions,
 * state, stored messages, a phone on a listing). Opt-out records are the one thing never erased,
 * because STOP must keep being honored.
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
