package org.beloved.sms;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The INFO line for answered webhooks: at most one a minute, counting the texts answered and those
 * deliberately left silent since the previous line, and naming the last one (its MessageSid and
 * masked sender, to find it in Twilio's logs). The first text after a quiet minute is logged at
 * once, so that a single test text still shows; each text is logged at DEBUG by
 * {@link InboundSmsController}. A line per text at INFO cost about a tenth of a webhook's CPU (JFR).
 */
@Component
class InboundSummary {

    static final Duration EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(InboundSummary.class);

    private final LongSupplier nanoTime;
    private final LongAdder answered = new LongAdder();
    private final LongAdder silent = new LongAdder();
    /** When the next line may be written, in {@link #nanoTime} units; the first text writes one. */
    private final AtomicLong next;

    @Autowired
    InboundSummary() {
        this(System::nanoTime);
    }

    InboundSummary(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.next = new AtomicLong(nanoTime.getAsLong());
    }

    /** One webhook answered with {@code messages} messages (0: a deliberate silence). */
    void answered(String sid, String from, int messages) {
        (messages == 0 ? silent : answered).increment();
        long now = nanoTime.getAsLong();
        long due = next.get();
        if (now - due >= 0 && next.compareAndSet(due, now + EVERY.toNanos())) {
            log.info("Inbound SMS: {} answered, {} silent since the last such line (at most one a minute);"
                    + " the last, {} from {}, with {} message(s)", answered.sumThenReset(), silent.sumThenReset(), sid,
                    Pii.mask(from), messages);
        }
    }
}
