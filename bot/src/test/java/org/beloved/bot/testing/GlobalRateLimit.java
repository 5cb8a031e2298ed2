package org.beloved.bot.testing;

import java.time.Duration;
import java.util.Optional;

/**
 * Discord's global limit for a bot, as a token bucket: {@code perSecond} requests a second, a burst
 * of as many; a request that finds the bucket empty waits the time until the next token, which is
 * what a 429's {@code retry_after} tells it. Interaction callbacks and webhooks are not counted,
 * as on Discord.
 */
final class GlobalRateLimit {

    private final double perSecond;
    private double tokens;
    private long refilledAt = System.nanoTime();

    GlobalRateLimit(double perSecond) {
        this.perSecond = perSecond;
        this.tokens = perSecond;
    }

    /** Takes a token; empty when one was there, else how long until the next one. */
    synchronized Optional<Duration> take() {
        long now = System.nanoTime();
        tokens = Math.min(perSecond, tokens + (now - refilledAt) / 1e9 * perSecond);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return Optional.empty();
        }
        long waitNanos = (long) Math.ceil((1 - tokens) / perSecond * 1e9);
        return Optional.of(Duration.ofNanos(Math.max(waitNanos, 1_000_000)));
    }
}
