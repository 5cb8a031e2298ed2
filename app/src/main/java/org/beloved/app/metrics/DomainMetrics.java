package org.beloved.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.beloved.directory.Congregation;
import org.beloved.directory.Directory;
import org.beloved.messaging.MessagingStats;
import org.beloved.messaging.OutboundOutcome;
import org.beloved.messaging.OutboxBacklog;
import org.beloved.shared.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The domain's meters (the adapters add their own: inbound texts, the webhook's latency, SMS
 * segments, the Discord connection):
 * <ul>
 * <li>{@code beloved_outbound_messages_total{channel,kind,outcome}}: each settled attempt of this
 *     instance's dispatcher ({@link OutboundOutcome}), outcome {@code sent}, {@code skipped},
 *     {@code failed}, {@code refused} or {@code unknown};
 * <li>{@code beloved_outbox_backlog{channel}} and {@code beloved_outbox_oldest_due_seconds{channel}}:
 *     due messages not yet claimed, and how long the oldest has waited;
 * <li>{@code beloved_opt_outs{channel}}: addresses opted out;
 * <li>{@code beloved_registrations{status}}: congregations by status (pending, listed, hidden).
 * </ul>
 * The gauges are the cluster's figures, read from the database at most every {@link #MAX_AGE} (one
 * snapshot serves every gauge of a scrape); while the database cannot be read they are NaN.
 */
@Component
class DomainMetrics {

    static final Duration MAX_AGE = Duration.ofSeconds(5);
    private static final Channel[] OUTBOUND = {Channel.SMS, Channel.DISCORD};
    private static final Logger log = LoggerFactory.getLogger(DomainMetrics.class);

    private final MeterRegistry registry;
    private final MessagingStats messaging;
    private final Directory directory;
    private Snapshot snapshot;

    DomainMetrics(MeterRegistry registry, MessagingStats messaging, Directory directory) {
        this.registry = registry;
        this.messaging = messaging;
        this.directory = directory;
        for (Channel channel : OUTBOUND) {
            String name = tag(channel);
            gauge("beloved.outbox.backlog", "due messages not yet claimed", s -> s.backlog().get(channel).due(),
                    "channel", name);
            TimeGauge.builder("beloved.outbox.oldest.due", this, TimeUnit.SECONDS,
                            m -> m.read(s -> s.backlog().get(channel).oldestDue().toMillis() / 1000.0))
                    .description("how long the oldest due message has waited").tag("channel", name)
                    .strongReference(true).register(registry);
            gauge("beloved.opt.outs", "addresses opted out", s -> s.optOuts().get(channel), "channel", name);
        }
        for (Congregation.Status status : Congregation.Status.values()) {
            gauge("beloved.registrations", "congregations by status",
                    s -> s.registrations().getOrDefault(status, 0L), "status", tag(status));
        }
    }

    @EventListener
    void on(OutboundOutcome outcome) {
        registry.counter("beloved.outbound.messages", "channel", tag(outcome.channel()), "kind", outcome.kind().code(),
                "outcome", tag(outcome.status())).increment();
    }

    private void gauge(String name, String description, ToDoubleFunction<Snapshot> value, String tag, String tagValue) {
        Gauge.builder(name, this, m -> m.read(value)).description(description).tag(tag, tagValue)
                .strongReference(true).register(registry);
    }

    private double read(ToDoubleFunction<Snapshot> value) {
        Snapshot current = snapshot();
        return current.failed() ? Double.NaN : value.applyAsDouble(current);
    }

    private synchronized Snapshot snapshot() {
        long now = System.nanoTime();
        if (snapshot == null || now - snapshot.takenAt() > MAX_AGE.toNanos()) {
            snapshot = take(now);
        }
        return snapshot;
    }

    private Snapshot take(long now) {
        try {
            return new Snapshot(now, messaging.backlog(), messaging.optOuts(), directory.countByStatus());
        } catch (RuntimeException e) {
            log.warn("The beloved_ gauges could not read the database: {}", e.toString());
            return new Snapshot(now, null, null, null);
        }
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private record Snapshot(long takenAt, Map<Channel, OutboxBacklog> backlog, Map<Channel, Long> optOuts,
            Map<Congregation.Status, Long> registrations) {

        boolean failed() {
            return backlog == null;
        }
    }
}
