package org.beloved.messaging;

import org.beloved.shared.Channel;

/**
 * The port a channel adapter implements to deliver a message Beloved starts (a reminder, a
 * notice): SMS in sms-gateway, Discord in bot. The dispatcher has already left out opted-out and
 * unreachable recipients; an implementation reports what happened and never sends twice when the
 * outcome of an attempt is unknown.
 */
public interface OutboundChannel {

    Channel channel();

    Delivery send(String address, String text);
}
