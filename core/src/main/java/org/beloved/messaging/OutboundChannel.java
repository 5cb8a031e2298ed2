package org.beloved.messaging;

import org.beloved.conversation.Channel;

/**
 * The port a channel adapter implements to deliver a message Beloved starts (a reminder, a
 * notice): SMS in sms-gateway, Discord in bot. An implementation never sends to an opted-out or
 * unreachable recipient and never sends twice when the outcome of an attempt is unknown.
 */
public interface OutboundChannel {

    Channel channel();

    Delivery send(String address, String text);
}
