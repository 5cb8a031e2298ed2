package org.beloved.shared;

import java.time.Instant;

/**
 * A feature's part of the daily expiry of anonymous web data: what it holds about senders on
 * {@link Channel#WEB} (the chat simulator's browser sessions) that nobody used since the cutoff
 * is deleted. Other channels' data is never touched: a phone or a Discord user stays known.
 */
public interface WebDataExpiry {

    /** Deletes this feature's web data not used since {@code cutoff}; returns how many rows went. */
    int purgeUnusedSince(Instant cutoff);
}
