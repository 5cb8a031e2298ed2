package org.beloved.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.beloved.shared.Channel;
import org.beloved.shared.InstanceId;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dispatcher's clean shutdown on the real database: it stops claiming, a worker waiting for
 * its rate slot gives up holding nothing, the row in hand finishes, and a row this instance
 * claimed but never handed to a channel goes back to pending.
 */
@CleanDatabase
class OutboxDispatcherTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    private final JdbcClient jdbc = TestDatabase.jdbc();
    private final java.time.Clock clock = java.time.Clock.systemUTC();
    private final AddressHasher hasher = MessagingFixtures.hasher(jdbc);
    private final InstanceId instance = new InstanceId("stopping");
    private final CountDownLatch providerAnswers = new CountDownLatch(1);
    private final List<String> sent = new CopyOnWriteArrayList<>();

    private final OutboundChannel slowSms = new OutboundChannel() {
        @Override
        public Channel channel() {
            return Channel.SMS;
        }

        @Override
        public Delivery send(long outboxId, String address, String text) {
            sent.add(address);
            try {
                providerAnswers.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Delivery.sent("SM" + outboxId);
        }
    };

    private static OutboxRenderer renderer() {
        return new OutboxRenderer() {
            @Override
            public Set<MessageKind> kinds() {
                return Set.of(MessageKind.REMINDER);
            }

            @Override
            public Rendered render(OutboxMessage m) {
                return new Rendered.Send("reminder");
            }
        };
    }

    private List<String> rows() {
        return jdbc.sql("select address || ':' || status || ':' || coalesce(claimed_by, '-') from outbox order by address")
                .query(String.class).list();
    }

    @Test
    void stoppingFinishesTheRowInHandClaimsNothingMoreAndGivesBackWhatWasNeverHandedOver() throws Exception {
        // One SMS every five seconds: the first worker sends at once, the second waits for its slot.
        MessagingSettings settings = new MessagingSettings(0.2, true, 2, Duration.ofMillis(50), 10, Duration.ofMinutes(2),
                Duration.ofMinutes(10), 6, "21:00-08:00");
        AtomicInteger reservations = new AtomicInteger();
        RateGate gate = new RateGate(jdbc) {
            @Override
            Instant reserve(Channel channel, double perSecond) {
                reservations.incrementAndGet();
                return super.reserve(channel, perSecond);
            }
        };
        OutboxStore store = new OutboxStore(jdbc, hasher);
        Outbox outbox = new Outbox(store, List.of(slowSms), List.of(renderer()),
                new Recipients(new OptOuts(jdbc, hasher, clock), new Reachability(jdbc, clock)), gate, settings, instance, clock, event -> { });
        OutboxDispatcher dispatcher = new OutboxDispatcher(outbox,
                new Reconciliation(store, List.of(slowSms), outbox, settings, instance, clock), store, settings, instance, clock);
        outbox.enqueue(new Message(MessageKind.REMINDER, 7, Duration.ofHours(1), "reminder:7:3600"), Audience.of(List.of(
                new Recipient(Channel.SMS, "+13125550101"), new Recipient(Channel.SMS, "+13125550102"))));
        // A row this instance claimed and was rendering when the stop came (claimed, never handed over).
        jdbc.sql("""
                insert into outbox (dedup_key, kind, subject_id, channel, address, status, next_attempt_at, created_at,
                    claimed_at, claimed_by, lease_until)
                values ('reminder:8:3600:SMS:+13125550103', 'reminder', 8, 'SMS', '+13125550103', 'sending', now(), now(),
                    now(), 'stopping', now() + interval '2 minutes')
                """).update();

        dispatcher.start();
        await().atMost(WITHIN).until(() -> sent.size() == 1 && reservations.get() == 2);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(dispatcher::stop);
        await().atMost(WITHIN).until(() -> !dispatcher.isRunning());
        Thread.sleep(300);
        assertThat(stopping).as("the row in hand is still with the provider").isNotDone();
        providerAnswers.countDown();
        stopping.get(WITHIN.toSeconds(), TimeUnit.SECONDS);

        assertThat(sent).hasSize(1);
        assertThat(rows()).containsExactlyInAnyOrder(sent.get(0) + ":sent:-",
                (sent.get(0).endsWith("1") ? "+13125550102" : "+13125550101") + ":pending:-", "+13125550103:pending:-");
        assertThat(dispatcher.isRunning()).isFalse();
    }

    private OutboundChannel recording(Channel which) {
        return new OutboundChannel() {
            @Override
            public Channel channel() {
                return which;
            }

            @Override
            public Delivery send(long outboxId, String address, String text) {
                sent.add(which + " " + address);
                return Delivery.sent("id-" + outboxId);
            }
        };
    }

    private long sentOn(Channel channel) {
        return sent.stream().filter(s -> s.startsWith(channel + " ")).count();
    }

    @Test
    void aSlowChannelNeverHoldsUpAFastOne() {
        // SMS as fast as it comes; one Discord DM every five seconds. One worker for each channel.
        MessagingSettings settings = new MessagingSettings(1000, true, 1, Duration.ofMillis(50), 0.2, Duration.ofMinutes(2),
                Duration.ofMinutes(10), 6, "21:00-08:00");
        List<OutboundChannel> adapters = List.of(recording(Channel.SMS), recording(Channel.DISCORD));
        OutboxStore store = new OutboxStore(jdbc, hasher);
        Outbox outbox = new Outbox(store, adapters, List.of(renderer()),
                new Recipients(new OptOuts(jdbc, hasher, clock), new Reachability(jdbc, clock)), new RateGate(jdbc), settings,
                instance, clock, event -> { });
        OutboxDispatcher dispatcher = new OutboxDispatcher(outbox,
                new Reconciliation(store, adapters, outbox, settings, instance, clock), store, settings, instance, clock);
        List<Recipient> audience = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            audience.add(new Recipient(Channel.DISCORD, "90000000000000000" + i));
        }
        for (int i = 10; i < 40; i++) {
            audience.add(new Recipient(Channel.SMS, "+131255501" + i));
        }
        outbox.enqueue(new Message(MessageKind.REMINDER, 9, Duration.ofHours(1), "reminder:9:3600"), Audience.of(audience));

        dispatcher.start();
        try {
            await().atMost(WITHIN).until(() -> sentOn(Channel.SMS) == 30);
            assertThat(sentOn(Channel.DISCORD)).as("Discord keeps its own pace meanwhile").isLessThan(3);
        } finally {
            dispatcher.stop();
        }
    }
}
