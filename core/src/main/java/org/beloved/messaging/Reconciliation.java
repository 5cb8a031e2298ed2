package org.beloved.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beloved.shared.Channel;
import org.beloved.shared.InstanceId;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Settles rows whose outcome is not known, so that nothing is lost and nothing sent twice when an
 * instance dies mid-delivery. The sweep (any instance, SKIP LOCKED) takes back claims whose lease
 * ran out: a row never handed to its channel goes back to pending; any other goes to 'verify', as
 * do rows whose send outcome was unknown. Verification leases such a row and asks its channel
 * whether the message went out since the claim: it went, so it is recorded as sent; it provably
 * did not, so it is sent again on the normal path; the provider cannot tell, so it asks again
 * later with a doubling back-off, and after {@code verify-tries} leaves it 'unknown' for good.
 */
@Component
class Reconciliation {

    private static final int SWEEP_BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final OutboxStore store;
    private final Map<Channel, OutboundChannel> channels;
    private final Outbox outbox;
    private final MessagingSettings settings;
    private final InstanceId instance;
    private final Clock clock;

    Reconciliation(OutboxStore store, List<OutboundChannel> channels, Outbox outbox, MessagingSettings settings,
            InstanceId instance, Clock clock) {
        this.store = store;
        this.channels = channels.stream().collect(Collectors.toMap(OutboundChannel::channel, Function.identity()));
        this.outbox = outbox;
        this.settings = settings;
        this.instance = instance;
        this.clock = clock;
    }

    /** Takes back every claim whose lease ran out. @return how many rows */
    int sweep() {
        int swept = 0;
        List<OutboxStatus> batch;
        do {
            batch = store.sweep(clock.instant(), SWEEP_BATCH);
            swept += batch.size();
            long toVerify = batch.stream().filter(s -> s == OutboxStatus.VERIFY).count();
            if (!batch.isEmpty()) {
                log.warn("Took back {} outbox rows whose lease ran out: {} to verify with the provider, {} never handed over",
                        batch.size(), toVerify, batch.size() - toVerify);
            }
        } while (batch.size() == SWEEP_BATCH);
        return swept;
    }

    /** Verifies one row due for it on a channel ready here; false when there is none. */
    boolean verifyOne() {
        Instant now = clock.instant();
        Optional<OutboxStore.Unsettled> claimed = store.claimToVerify(outbox.readyChannels(), instance.value(), now,
                now.plus(settings.lease()));
        claimed.ifPresent(this::verify);
        return claimed.isPresent();
    }

    private void verify(OutboxStore.Unsettled row) {
        OutboxMessage message = row.message();
        if (row.text() == null || row.claimedAt() == null) {
            store.verifiedNotSent(message.id(), instance.value(), "never handed to the channel", clock.instant());
            return;
        }
        Verification found = ask(channels.get(message.channel()), row);
        Instant now = clock.instant();
        switch (found.outcome()) {
            case WENT -> {
                store.verifiedSent(message.id(), instance.value(), found.externalId(), now);
                log.info("Outbox message {} had gone out ({}): recorded as sent", message.id(), found.externalId());
            }
            case DID_NOT_GO -> {
                store.verifiedNotSent(message.id(), instance.value(), "did not go: " + found.detail(), now);
                log.info("Outbox message {} provably did not go out: sending it again", message.id());
            }
            case CANNOT_TELL -> askLater(row, found.detail(), now);
        }
    }

    /** Every exception from a channel is an answer too: it cannot tell. */
    private static Verification ask(OutboundChannel channel, OutboxStore.Unsettled row) {
        OutboxMessage message = row.message();
        if (channel == null) {
            return Verification.cannotTell("no " + message.channel() + " channel here");
        }
        try {
            Verification found = channel.verify(message.id(), message.address(), row.text(), row.claimedAt());
            return found != null ? found : Verification.cannotTell("the channel answered nothing");
        } catch (RuntimeException e) {
            log.warn("The {} channel threw {} verifying outbox message {}", message.channel(), e.getClass().getName(),
                    message.id());
            return Verification.cannotTell("the channel threw " + e.getClass().getName());
        }
    }

    private void askLater(OutboxStore.Unsettled row, String why, Instant now) {
        OutboxMessage message = row.message();
        int checks = row.checks() + 1;
        if (checks >= settings.verifyTries()) {
            store.notVerified(message.id(), instance.value(), OutboxStatus.UNKNOWN, checks, why, now);
            log.warn("Outbox message {} to {}: whether it went out is unknown after {} tries ({}); it is not sent again",
                    message.id(), Pii.mask(message.address()), checks, why);
            return;
        }
        Instant next = now.plus(Duration.ofSeconds(30L << checks));
        store.notVerified(message.id(), instance.value(), OutboxStatus.VERIFY, checks, why, next);
    }
}
