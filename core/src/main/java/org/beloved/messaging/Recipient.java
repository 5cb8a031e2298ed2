package org.beloved.messaging;

import org.beloved.shared.Channel;

/** Someone a message can go to: a channel and the address there (personal data: mask it in logs). */
public record Recipient(Channel channel, String address) {
}
