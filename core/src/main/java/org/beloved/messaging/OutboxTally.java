package org.beloved.messaging;

/**
 * Where the messages of one kind about one subject stand (an alert's rows), for the feature that
 * enqueued them.
 *
 * @param waiting not settled yet: pending (quiet hours, a retry), in hand, or being verified with the provider
 * @param sent handed to the provider, which took them
 * @param failed refused by the provider, or failed every attempt
 * @param skipped deliberately not sent: opted out or unreachable by then, or dropped by the kind's renderer
 * @param unknown the provider could not tell whether they went; never sent again
 */
public record OutboxTally(long waiting, long sent, long failed, long skipped, long unknown) {

    public long total() {
        return waiting + sent + failed + skipped + unknown;
    }
}
