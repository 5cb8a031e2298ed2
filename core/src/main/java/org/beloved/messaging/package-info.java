/**
 * Everything Beloved sends on its own, and whom it may send to. A feature hands
 * {@link org.beloved.messaging.Outbox#enqueue} a {@link org.beloved.messaging.Message} (a
 * {@link org.beloved.messaging.MessageKind kind}, a subject, a key) and an {@link org.beloved.messaging.Audience};
 * messaging queues one row per recipient, set-based, and its dispatcher delivers them through the channel
 * adapters' {@link org.beloved.messaging.OutboundChannel}s, with the text written at dispatch by the kind's
 * {@link org.beloved.messaging.OutboxRenderer}. Opt-outs ({@link org.beloved.messaging.OptOuts}), reachability
 * ({@link org.beloved.messaging.Reachability}) and the inbound idempotency log ({@link org.beloved.messaging.InboundLog})
 * are its API too; the opt-out list keeps only a keyed hash of each address ({@code beloved.privacy.hash-secret}),
 * and DELETE MY DATA leaves the inbound log's message ids as tombstones, without the sender.
 * Delivery survives instances dying: a row is claimed with a lease in this instance's name only once
 * its channel's rate slot has come, and only on channels {@link org.beloved.messaging.OutboundChannel#ready ready}
 * here; expired leases and unknown outcomes are {@link org.beloved.messaging.OutboundChannel#verify verified}
 * with the provider before anything is sent again, and a provider's late report settles a row through
 * {@link org.beloved.messaging.Outbox#confirmSent}.
 * A feature that shows a count before it sends (an alert's preview) filters its recipients with
 * {@link org.beloved.messaging.OptOuts#notOptedOut}, the enqueue's own test, and reads back where its messages stand
 * with {@link org.beloved.messaging.Outbox#tally}. Quiet hours ({@link org.beloved.messaging.QuietHours}) are each
 * kind's renderer's decision: an urgent {@link org.beloved.messaging.MessageKind#ALERT} does not wait them out,
 * and is enqueued as {@link org.beloved.messaging.Message#urgent}, ahead of every message already waiting on its channel.
 * Only this module reads or writes the outbox, opt-out, reachability and rate tables; it applies
 * the "nothing to the opted out or unreachable" rule once, in the dispatcher. It knows no feature's tables.
 */
@ApplicationModule(displayName = "Messaging", allowedDependencies = "shared")
package org.beloved.messaging;

import org.springframework.modulith.ApplicationModule;
