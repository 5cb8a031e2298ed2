package org.beloved.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beloved.shared.Channel;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Messages Beloved starts (reminders, notices). A feature hands over a {@link Message} and an
 * {@link Audience}; each recipient gets it once, however often it is enqueued.
 *
 * <p>Dispatch takes one due row at a time (claimed with {@code FOR UPDATE SKIP LOCKED} and marked
 * 'sending' before anything is sent, so no other worker or instance takes it), leaves out opted-out
 * and unreachable recipients, has the kind's renderer write the text, waits for a sending slot,
 * delivers it through the channel and records the outcome. Transient failures retry with backoff;
 * an unknown outcome is never resent. Replies to people who texted in never wait here: they go back
 * in the webhook's own answer.
 */
@Service
public class Outbox {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxStore store;
    private final Map<Channel, OutboundChannel> channels;
    private final Map<MessageKind, OutboxRenderer> renderers;
    private final Recipients recipients;
    private final RateGate gate;
    private final MessagingSettings settings;
    private final Clock clock;

    Outbox(OutboxStore store, List<OutboundChannel> channels, List<OutboxRenderer> renderers, Recipients recipients,
            RateGate gate, MessagingSettings settings, Clock clock) {
        this.store = store;
        this.channels = channels.stream().collect(Collectors.toMap(OutboundChannel::channel, Function.identity()));
        this.renderers = renderers.stream().flatMap(r -> r.kinds().stream().map(k -> Map.entry(k, r)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.recipients = recipients;
        this.gate = gate;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return how many recipients it was newly enqueued for (none who opted out, none already holding the key) */
    public int enqueue(Message message, Audience audience) {
        return store.enqueue(message, audience, clock.instant());
    }

    /** Messages of these kinds about the subject that have not gone yet will not go. @return how many */
    public int withdraw(Collection<MessageKind> kinds, long subjectId, String reason) {
        return store.withdraw(kinds, subjectId, reason);
    }

    /** Delivers one due message, if there is one; false when nothing is due. */
    public boolean dispatchOne() {
        Optional<OutboxMessage> claimed = store.claim(clock.instant());
        claimed.ifPresent(this::deliver);
        return claimed.isPresent();
    }

    private void deliver(OutboxMessage message) {
        OutboxRenderer renderer = renderers.get(message.kind());
        OutboundChannel channel = channels.get(message.channel());
        if (renderer == null || channel == null) {
            skip(message, "no renderer or channel for " + message.kind() + "/" + message.channel());
            return;
        }
        Optional<String> refusal = recipients.refusal(message.channel(), message.address());
        if (refusal.isPresent()) {
            skip(message, refusal.get());
            return;
        }
        Rendered rendered = renderer.render(message);
        if (rendered instanceof Rendered.Skip skip) {
            skip(message, skip.reason());
        } else if (rendered instanceof Rendered.Postpone postpone) {
            store.reschedule(message.id(), postpone.until(), message.attempts(), null);
        } else if (rendered instanceof Rendered.Send send) {
            waitForSlot(message.channel());
            // The recipient may have erased their data while this waited for its slot: their row is gone then.
            if (!store.isClaimed(message.id())) {
                log.info("Outbox message {} was withdrawn by DELETE MY DATA before it went", message.id());
                return;
            }
            record(message, channel.send(message.id(), message.address(), send.text()));
        }
    }

    private void waitForSlot(Channel channel) {
        double perSecond = switch (channel) {
            case SMS -> settings.smsPerSecond();
            case DISCORD -> settings.discordPerSecond();
            default -> 0;
        };
        if (perSecond <= 0) {
            return;   // a channel without a gate
        }
        Instant slot = gate.reserve(channel, perSecond);
        long wait = Duration.between(Instant.now(), slot).toMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void record(OutboxMessage message, Delivery delivery) {
        switch (delivery.status()) {
            case SENT -> store.finish(message.id(), OutboxStatus.SENT, delivery.externalId(), null, clock.instant());
            case SKIPPED -> skip(message, delivery.detail());
            case UNKNOWN -> store.finish(message.id(), OutboxStatus.UNKNOWN, null, delivery.detail(), clock.instant());
            case REFUSED -> store.finish(message.id(), OutboxStatus.FAILED, null, delivery.detail(), clock.instant());
            case FAILED -> retryOrGiveUp(message, delivery.detail());
        }
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
