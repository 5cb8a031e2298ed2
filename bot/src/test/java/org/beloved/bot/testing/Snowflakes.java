package org.beloved.bot.testing;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids made from the current time, as Discord makes them: JDA derives times from ids (an
 * interaction whose id encodes an old time is already expired), so a fake must never hand out
 * small constant ids.
 */
final class Snowflakes {

    private static final long DISCORD_EPOCH = 1_420_070_400_000L;
    private static final AtomicLong INCREMENT = new AtomicLong();

    private Snowflakes() {
    }

    static String next() {
        long id = ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (INCREMENT.getAndIncrement() & 0xFFF);
        return Long.toUnsignedString(id);
    }
}
