package org.beloved.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beloved.shared.Channel;
import org.beloved.shared.InstanceId;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Messages Beloved starts (reminders, notices). A feature hands over a {@link Message} and an
 * {@link Audience}; each recipient gets it once, however often it is enqueued.
 *
 * <p>Dispatch works each channel apart (its own workers, its own rate): when the channel is ready
 * on this instance and has due rows, a worker first waits for the channel's sending slot; only then does it claim one row ({@code FOR UPDATE SKIP LOCKED}, marked
 * 'sending' with this instance's lease), so no row ever waits in 'sending'. It leaves out opted-out
 * and unreachable recipients, has the kind's renderer write the text, records that text as handed
 * over and delivers it through the channel at once, then records the outcome. Transient failures
 * retry with backoff; an unknown outcome, or an exception from the channel, is verified with the
 * provider before anything is sent again ({@link Reconciliation}). Replies to people who texted in
 * never wait here: they go back in the webhook's own answer. Each settled attempt is published as an
 * {@link OutboundOutcome}.
 */
@Service
public class Outbox {

    static final int MAX_ATTEMPTS = 5;
    /** Rows one slot may claim when those before it turn out not to be sent (skipped, postponed, erased). */
    private static final int CLAIMS_PER_SLOT = 20;
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxStore store;
    private final Map<Channel, OutboundChannel> channels;
    private final Map<MessageKind, OutboxRenderer> renderers;
    private final Recipients recipients;
    private final RateGate gate;
    private final MessagingSettings settings;
    private final InstanceId instance;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Outbox(OutboxStore store, List<OutboundChannel> channels, List<OutboxRenderer> renderers, Recipients recipients,
            RateGate gate, MessagingSettings settings, InstanceId instance, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.channels = channels.stream().collect(Collectors.toMap(OutboundChannel::channel, Function.identity()));
        this.renderers = renderers.stream().flatMap(r -> r.kinds().stream().map(k -> Map.entry(k, r)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.recipients = recipients;
        this.gate = gate;
        this.settings = settings;
        this.instance = instance;
        this.clock = clock;
        this.events = events;
    }

    /** @return how many recipients it was newly enqueued for (none who opted out, none already holding the key) */
    public int enqueue(Message message, Audience audience) {
        return store.enqueue(message, audience, clock.instant());
    }

    /** Where the messages of {@code kind} about the subject stand, counted by outcome. */
    public OutboxTally tally(MessageKind kind, long subjectId) {
        return store.tally(kind, subjectId);
    }

    /**
     * Whom {@code message} was enqueued for (rows of its kind, subject and lead whose key is its key),
     * by channel, and when first; empty when it never was, or went to no one.
     */
    public Optional<Enqueued> enqueued(Message message) {
        return store.enqueued(message);
    }

    /** Messages of these kinds about the subject that have not gone yet will not go. @return how many */
    public int withdraw(Collection<MessageKind> kinds, long subjectId, String reason) {
        return store.withdraw(kinds, subjectId, reason);
    }

    /**
     * The provider reports, late, that the message of outbox row {@code outboxId} went out (an SMS
     * status callback carrying the row's id): the row is settled as sent, wherever it stood, and is
     * never sent again. Unknown ids and rows already sent change nothing.
     *
     * @param externalId the provider's id of the message
     * @return whether a row was settled by this
     */
    public boolean confirmSent(long outboxId, String externalId) {
        boolean settled = store.confirmSent(outboxId, externalId, clock.instant());
        if (settled) {
            log.info("Outbox message {} settled as sent by the provider's report", outboxId);
        }
        return settled;
    }

    /** Delivers one due message, if there is one; false when nothing is due. */
    public boolean dispatchOne() {
        List<Channel> due = store.dueChannels(readyChannels(), clock.instant());
        return !due.isEmpty() && dispatchOne(due.get(ThreadLocalRandom.current().nextInt(due.size())), () -> true);
    }

    /** The channels with an adapter in this application, ready or not: each gets its own dispatch workers. */
    Set<Channel> channels() {
        return channels.keySet();
    }

    /**
     * Delivers one due message of {@code channel}, if the channel is ready here and has one; false
     * when nothing is due. Each channel is paced by its own rate slot, so a worker works one channel
     * only: one waiting for a slow channel's slot never holds up a fast one. While {@code running}
     * is false it claims nothing more, and gives up waiting for a slot (nothing is held while waiting).
     */
    boolean dispatchOne(Channel channel, BooleanSupplier running) {
        OutboundChannel adapter = channels.get(channel);
        if (adapter == null || !ready(adapter) || store.dueChannels(List.of(channel), clock.instant()).isEmpty()) {
            return false;
        }
        if (!waitForSlot(channel, running)) {
            return true;
        }
        for (int i = 0; i < CLAIMS_PER_SLOT && running.getAsBoolean(); i++) {
            Instant now = clock.instant();
            Optional<OutboxMessage> claimed = store.claim(channel, instance.value(), now, now.plus(settings.lease()));
            if (claimed.isEmpty() || deliver(claimed.get())) {
                break;
            }
        }
        return true;
    }

    /** The channels this instance can deliver on now. */
    List<Channel> readyChannels() {
        return channels.values().stream().filter(Outbox::ready).map(OutboundChannel::channel).toList();
    }

    private static boolean ready(OutboundChannel channel) {
        try {
            return channel.ready();
        } catch (RuntimeException e) {
            log.warn("The {} channel could not say whether it is ready: taken as not", channel.channel(), e);
            return false;
        }
    }

    /** @return whether the channel was called (the slot was used) */
    private boolean deliver(OutboxMessage message) {
        boolean handedOver = false;
        try {
            Optional<String> text = textToSend(message);
            if (text.isEmpty()) {
                return false;
            }
            // The recipient may have erased their data since the claim: their row is gone then.
            if (!store.handOver(message.id(), instance.value(), text.get())) {
                log.info("Outbox message {} was withdrawn (DELETE MY DATA) or taken back before it went", message.id());
                return false;
            }
            handedOver = true;
            record(message, send(message, text.get()));
            return true;
        } catch (RuntimeException e) {
            if (handedOver) {
                throw e;   // the outcome could not be recorded: the lease runs out and the row is verified
            }
            log.error("Outbox message {} could not be prepared; trying again later", message.id(), e);
            retryOrGiveUp(message, "not prepared: " + e);
            return false;
        }
    }

    /** The rendered text, or empty when the message is not to go now (the row is settled or rescheduled). */
    private Optional<String> textToSend(OutboxMessage message) {
        OutboxRenderer renderer = renderers.get(message.kind());
        if (renderer == null || !channels.containsKey(message.channel())) {
            record(message, Delivery.skipped("no renderer or channel for " + message.kind() + "/" + message.channel()));
            return Optional.empty();
        }
        Optional<String> refusal = recipients.refusal(message.channel(), message.address());
        if (refusal.isPresent()) {
            record(message, Delivery.skipped(refusal.get()));
            return Optional.empty();
        }
        Rendered rendered = renderer.render(message);
        if (rendered instanceof Rendered.Skip skip) {
            record(message, Delivery.skipped(skip.reason()));
        } else if (rendered instanceof Rendered.Postpone postpone) {
            store.reschedule(message.id(), postpone.until(), message.attempts(), null);
        } else if (rendered instanceof Rendered.Send send) {
            return Optional.of(send.text());
        }
        return Optional.empty();
    }

    /** Every exception from a channel is an outcome: it may have gone, so it is unknown until verified. */
    private Delivery send(OutboxMessage message, String text) {
        try {
            Delivery delivery = channels.get(message.channel()).send(message.id(), message.address(), text);
            return delivery != null ? delivery : Delivery.unknown("the channel answered nothing");
        } catch (RuntimeException e) {
            // The exception's message may carry the address: the log gets its type, the trace only at debug.
            log.warn("The {} channel threw {} sending outbox message {}; to be verified", message.channel(),
                    e.getClass().getName(), message.id());
            log.debug("The {} channel's exception", message.channel(), e);
            return Delivery.unknown("the channel threw " + e);
        }
    }

    /** @return false when the dispatcher stopped before the slot came (nothing is claimed then) */
    private boolean waitForSlot(Channel channel, BooleanSupplier running) {
        double perSecond = switch (channel) {
            case SMS -> settings.smsPerSecond();
            case DISCORD -> settings.discordPerSecond();
            default -> 0;
        };
        if (perSecond <= 0) {
            return true;   // a channel without a gate
        }
        Instant slot = gate.reserve(channel, perSecond);
        while (true) {
            long wait = Duration.between(Instant.now(), slot).toMillis();
            if (wait <= 0) {
                return true;
            }
            if (!running.getAsBoolean()) {
                return false;
            }
            try {
                Thread.sleep(Math.min(wait, 100));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private void record(OutboxMessage message, Delivery delivery) {
        Instant now = clock.instant();
        switch (delivery.status()) {
            case SENT -> store.finish(message.id(), OutboxStatus.SENT, delivery.externalId(), null, now);
            case SKIPPED -> skip(message, delivery.detail());
            case UNKNOWN -> store.toVerify(message.id(), delivery.detail(), now.plus(settings.lease()));
            case REFUSED -> store.finish(message.id(), OutboxStatus.FAILED, null, delivery.detail(), now);
            case FAILED -> retryOrGiveUp(message, delivery.detail());
        }
        events.publishEvent(new OutboundOutcome(message.channel(), message.kind(), delivery.status()));
    }

    private void skip(OutboxMessage message, String why) {
        store.finish(message.id(), OutboxStatus.SKIPPED, null, why, clock.instant());
    }

    /** Backoff: 1, 2, 4, 8 minutes after the 1st to 4th failure; the 5th failure is final. */
    private void retryOrGiveUp(OutboxMessage message, String why) {
        int attempts = message.attempts() + 1;
        if (attempts >= MAX_ATTEMPTS) {
            log.warn("Outbox message {} to {} failed {} times: {}", message.id(), Pii.mask(message.address()), attempts, why);
            store.finishFailed(message.id(), attempts, why);
            return;
        }
        store.reschedule(message.id(), clock.instant().plus(Duration.ofSeconds(30L << attempts)), attempts, why);
    }
}
