package org.beloved.alerts;

import org.beloved.messaging.OutboxTally;

/**
 * An alert and where its messages stand.
 *
 * @param tally its outbox rows by outcome: sent; failed (refused by the provider, or every attempt
 *     failed, or unknown for good); refused (not sent because the recipient refuses messages by then:
 *     STOP, ALERTS OFF, closed DMs, unreachable); waiting (quiet hours, retries)
 */
public record AlertReport(Alert alert, OutboxTally tally) {

    public long sent() {
        return tally.sent();
    }

    public long failed() {
        return tally.failed() + tally.unknown();
    }

    public long refused() {
        return tally.skipped();
    }

    public long waiting() {
        return tally.waiting();
    }
}
