package org.beloved.sms;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The SMS adapter's meters, in the application's registry (a private one where there is none):
 * {@code beloved_inbound_texts_total{channel="sms",outcome}} for each inbound webhook,
 * {@code beloved_sms_webhook_seconds} (a histogram) for its latency, and
 * {@code beloved_sms_segments_sent_total{source}}: segments of replies in the webhook's answer
 * ({@code reply}) and of messages sent through Twilio's API ({@code outbox}).
 */
@Component
class SmsMetrics {

    /** Outcomes of an inbound webhook. */
    static final String ANSWERED = "answered";
    static final String SILENT = "silent";
    static final String REJECTED = "rejected";
    static final String INVALID = "invalid";
    static final String ADAPTER_OFF = "adapter_off";
    static final String UNAVAILABLE = "unavailable";
    static final String FAILED = "failed";

    private final MeterRegistry registry;
    private final Timer webhook;

    SmsMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
        this.webhook = Timer.builder("beloved.sms.webhook")
                .description("Time to answer Twilio's inbound SMS webhook")
                .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
                        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(15))
                .register(this.registry);
    }

    Timer.Sample start() {
        return Timer.start(registry);
    }

    void stop(Timer.Sample sample) {
        sample.stop(webhook);
    }

    void inbound(String outcome) {
        registry.counter("beloved.inbound.texts", "channel", "sms", "outcome", outcome).increment();
    }

    void segmentsSent(String source, int segments) {
        registry.counter("beloved.sms.segments.sent", "source", source).increment(segments);
    }
}
