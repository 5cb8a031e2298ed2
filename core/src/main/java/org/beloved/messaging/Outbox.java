package org.beloved.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beloved.conversation.Channel;
import org.beloved.platform.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Drains the outbox: claims one due row at a time with {@code FOR UPDATE SKIP LOCKED} (marking it
 * 'sending' before anything is sent, so no other instance takes it), writes its text, waits for a
 * sending slot, delivers it through the channel and records the outcome. Transient failures retry
 * with backoff; an unknown outcome is never resent; opted-out and unreachable recipients get nothing
 * (the channels refuse them). Replies to people who texted in never wait here: they go back in the
 * webhook's own answer.
 */
@Service
public class Outbox {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JdbcClient jdbc;
    private final Map<Channel, OutboundChannel> channels;
    private final Map<String, OutboxRenderer> renderers;
    private final RateGate gate;
    private final MessagingSettings settings;
    private final Clock clock;

    Outbox(JdbcClient jdbc, List<OutboundChannel> channels, List<OutboxRenderer> renderers, RateGate gate,
            MessagingSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.channels = channels.stream().collect(Collectors.toMap(OutboundChannel::channel, Function.identity()));
        this.renderers = renderers.stream().flatMap(r -> r.kinds().stream().map(k -> Map.entry(k, r)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.gate = gate;
        this.settings = settings;
        this.clock = clock;
    }

    /** Delivers one due message, if there is one; false when nothing is due. */
    public boolean dispatchOne() {
        Optional<OutboxMessage> claimed = claim();
        claimed.ifPresent(this::deliver);
        return claimed.isPresent();
    }

    private Optional<OutboxMessage> claim() {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                update outbox set status = 'sending', claimed_at = :now where id = (
                    select id from outbox where status = 'pending' and next_attempt_at <= :now
                    order by next_attempt_at, id limit 1 for update skip locked)
                returning id, kind, webinar_id, offset_seconds, channel, address, attempts
                """).param("now", now)
                .query((rs, i) -> new OutboxMessage(rs.getLong("id"), rs.getString("kind"), rs.getLong("webinar_id"),
                        Duration.ofSeconds(rs.getLong("offset_seconds")), Channel.valueOf(rs.getString("channel")),
                        rs.getString("address"), rs.getInt("attempts")))
                .optional();
    }

    private void deliver(OutboxMessage message) {
        OutboxRenderer renderer = renderers.get(message.kind());
        OutboundChannel channel = channels.get(message.channel());
        if (renderer == null || channel == null) {
            finish(message.id(), "skipped", null, "no renderer or channel for " + message.kind() + "/" + message.channel());
            return;
        }
        Rendered rendered = renderer.render(message);
        if (rendered instanceof Rendered.Skip skip) {
            finish(message.id(), "skipped", null, skip.reason());
        } else if (rendered instanceof Rendered.Postpone postpone) {
            jdbc.sql("update outbox set status = 'pending', claimed_at = null, next_attempt_at = ? where id = ?")
                    .params(Timestamp.from(postpone.until()), message.id()).update();
        } else if (rendered instanceof Rendered.Send send) {
            waitForSlot(message.channel());
            record(message, channel.send(message.address(), send.text()));
        }
    }

    private void waitForSlot(Channel channel) {
        if (channel != Channel.SMS) {
            return;   // Discord's limits are JDA's queue's business
        }
        Instant slot = gate.reserve(channel, settings.smsPerSecond());
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
            case SENT -> finish(message.id(), "sent", delivery.externalId(), null);
            case SKIPPED -> finish(message.id(), "skipped", null, delivery.detail());
            case UNKNOWN -> finish(message.id(), "unknown", null, delivery.detail());
            case REFUSED -> finish(message.id(), "failed", null, delivery.detail());
            case FAILED -> retryOrGiveUp(message, delivery.detail());
        }
    }

    /** Backoff: 1, 2, 4, 8 minutes after the 1st to 4th failure; the 5th failure is final. */
    private void retryOrGiveUp(OutboxMessage message, String why) {
        int attempts = message.attempts() + 1;
        if (attempts >= MAX_ATTEMPTS) {
            log.warn("Outbox message {} to {} failed {} times: {}", message.id(), Pii.mask(message.address()), attempts, why);
            jdbc.sql("update outbox set status = 'failed', attempts = ?, last_error = ? where id = ?")
                    .params(attempts, why, message.id()).update();
            return;
        }
        Instant next = clock.instant().plus(Duration.ofSeconds(30L << attempts));
        jdbc.sql("update outbox set status = 'pending', claimed_at = null, attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                .params(attempts, why, Timestamp.from(next), message.id()).update();
    }

    private void finish(long id, String status, String externalId, String detail) {
        jdbc.sql("update outbox set status = ?, external_id = ?, last_error = ?,"
                        + " sent_at = case when ?::text = 'sent' then ?::timestamptz end where id = ?")
                .params(status, externalId, detail, status, Timestamp.from(clock.instant()), id).update();
    }
}
