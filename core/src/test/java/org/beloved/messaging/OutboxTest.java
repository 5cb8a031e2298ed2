package org.beloved.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.beloved.shared.Channel;
import org.beloved.shared.WriteBatch;
import org.beloved.shared.InstanceId;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.MutableClock;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Messaging's API on the real database: an audience becomes one row per recipient, once; opted-out
 * recipients are never queued; the dispatcher refuses opted-out and unreachable recipients before a
 * channel is called; withdrawn messages never go; DELETE MY DATA erases the rows.
 */
@CleanDatabase
class OutboxTest {

    private static final Recipient ANA = new Recipient(Channel.SMS, "+13125550101");
    private static final Recipient BEA = new Recipient(Channel.SMS, "+14155550102");
    private static final Recipient CAL = new Recipient(Channel.DISCORD, "100000000000000003");

    private final JdbcClient jdbc = TestDatabase.jdbc();
    private final MutableClock clock = MutableClock.at("2026-12-01T12:00:00Z");
    private final AddressHasher hasher = MessagingFixtures.hasher(jdbc);
    private final OptOuts optOuts = new OptOuts(jdbc, hasher, clock);
    private final Reachability reachability = new Reachability(jdbc, clock);
    private final List<String> sent = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();
    private final Outbox outbox = new Outbox(new OutboxStore(jdbc, hasher), List.of(channel(Channel.SMS), channel(Channel.DISCORD)),
            List.of(renderer()), new Recipients(optOuts, reachability), new RateGate(jdbc),
            MessagingFixtures.settings(1000, 1000), new InstanceId("test-instance"), clock, events::add);

    private OutboundChannel channel(Channel which) {
        return new OutboundChannel() {
            @Override
            public Channel channel() {
                return which;
            }

            @Override
            public Delivery send(long outboxId, String address, String text) {
                sent.add(address + " " + text);
                return Delivery.sent("id-" + sent.size());
            }
        };
    }

    private static OutboxRenderer renderer() {
        return new OutboxRenderer() {
            @Override
            public Set<MessageKind> kinds() {
                return Set.of(MessageKind.REMINDER, MessageKind.CANCELLATION);
            }

            @Override
            public Rendered render(OutboxMessage m) {
                return new Rendered.Send(m.kind() + " " + m.subjectId() + " " + m.lead().toMinutes());
            }
        };
    }

    private static final Message REMINDER = new Message(MessageKind.REMINDER, 7, Duration.ofHours(1), "reminder:7:3600");

    private List<String> rows() {
        return jdbc.sql("select kind || ':' || address || ':' || status from outbox order by id").query(String.class).list();
    }

    private void drain() {
        while (outbox.dispatchOne()) {
            // one message per call
        }
    }

    @Test
    void anAudienceIsQueuedOncePerRecipientHoweverOftenItIsEnqueued() {
        assertThat(outbox.enqueue(REMINDER, Audience.of(List.of(ANA, BEA, CAL)))).isEqualTo(3);
        assertThat(outbox.enqueue(REMINDER, Audience.of(List.of(ANA, BEA, CAL)))).isZero();
        drain();
        assertThat(sent).containsExactlyInAnyOrder("+13125550101 REMINDER 7 60", "+14155550102 REMINDER 7 60",
                "100000000000000003 REMINDER 7 60");
        assertThat(rows()).allMatch(r -> r.endsWith(":sent"));
    }

    /**
     * An urgent message goes before those already waiting on its channel, once, without the opted
     * out; the preview's filter ({@link OptOuts#notOptedOut}) keeps exactly whom the enqueue queues.
     */
    @Test
    void anUrgentMessageGoesAheadOfTheWaitingOnesAndThePreviewFilterMatchesTheEnqueue() {
        Recipient dee = new Recipient(Channel.SMS, "+13125550104");
        outbox.enqueue(REMINDER, Audience.of(List.of(ANA, BEA)));
        clock.advance(Duration.ofMinutes(5));
        optOuts.optOut(Channel.SMS, BEA.address(), "keyword");
        Message urgent = Message.urgent(MessageKind.CANCELLATION, 8, "cancellation:8");
        List<Recipient> audience = List.of(dee, BEA, CAL);
        assertThat(optOuts.notOptedOut(audience)).containsExactly(dee, CAL);
        assertThat(outbox.enqueue(urgent, Audience.of(audience))).isEqualTo(2);
        assertThat(outbox.enqueue(urgent, Audience.of(audience))).isZero();

        assertThat(outbox.dispatchOne(Channel.SMS, () -> true)).isTrue();
        assertThat(sent).containsExactly("+13125550104 CANCELLATION 8 0");
        drain();
        assertThat(sent).containsExactlyInAnyOrder("+13125550104 CANCELLATION 8 0", "100000000000000003 CANCELLATION 8 0",
                "+13125550101 REMINDER 7 60");
        assertThat(outbox.tally(MessageKind.CANCELLATION, 8)).isEqualTo(new OutboxTally(0, 2, 0, 0, 0));
        assertThat(outbox.tally(MessageKind.REMINDER, 7)).isEqualTo(new OutboxTally(0, 1, 0, 1, 0));
    }

    @Test
    void theOptedOutAreNeverQueued() {
        optOuts.optOut(Channel.SMS, BEA.address(), "keyword");
        assertThat(outbox.enqueue(REMINDER, Audience.of(List.of(ANA, BEA)))).isEqualTo(1);
        assertThat(rows()).containsExactly("reminder:+13125550101:pending");
    }

    @Test
    void theDispatcherRefusesTheOptedOutAndTheUnreachableBeforeAnyChannelIsCalled() {
        outbox.enqueue(REMINDER, Audience.of(List.of(ANA, BEA, CAL)));
        optOuts.optOut(Channel.SMS, ANA.address(), "keyword");             // STOP after the reminder was queued
        reachability.recordUnreachable(Channel.DISCORD, CAL.address(), 1);  // DMs closed meanwhile
        drain();
        assertThat(sent).containsExactly("+14155550102 REMINDER 7 60");
        assertThat(jdbc.sql("select address || ':' || status || ':' || coalesce(last_error, '') from outbox order by id")
                .query(String.class).list()).containsExactlyInAnyOrder("+13125550101:skipped:opted out", "+14155550102:sent:",
                        "100000000000000003:skipped:unreachable");
    }

    @Test
    void eachSettledAttemptIsPublishedForCountingWithoutTheAddress() {
        outbox.enqueue(REMINDER, Audience.of(List.of(ANA, BEA)));
        optOuts.optOut(Channel.SMS, ANA.address(), "keyword");
        drain();
        assertThat(events).containsExactlyInAnyOrder(
                new OutboundOutcome(Channel.SMS, MessageKind.REMINDER, Delivery.Status.SKIPPED),
                new OutboundOutcome(Channel.SMS, MessageKind.REMINDER, Delivery.Status.SENT));
    }

    @Test
    void theStatsCountTheDueBacklogWithTheAgeOfItsOldestRowAndTheOptOuts() {
        MessagingStats stats = new MessagingStats(jdbc, clock);
        assertThat(stats.backlog().get(Channel.SMS)).isEqualTo(new OutboxBacklog(Channel.SMS, 0, Duration.ZERO));
        outbox.enqueue(REMINDER, Audience.of(List.of(ANA, BEA, CAL)));
        clock.advance(Duration.ofMinutes(3));
        assertThat(stats.backlog().get(Channel.SMS)).isEqualTo(new OutboxBacklog(Channel.SMS, 2, Duration.ofMinutes(3)));
        assertThat(stats.backlog().get(Channel.DISCORD).due()).isEqualTo(1);
        drain();
        assertThat(stats.backlog().get(Channel.SMS)).isEqualTo(new OutboxBacklog(Channel.SMS, 0, Duration.ZERO));
        optOuts.optOut(Channel.SMS, ANA.address(), "keyword");
        assertThat(stats.optOuts()).containsEntry(Channel.SMS, 1L).containsEntry(Channel.DISCORD, 0L);
    }

    @Test
    void discordDirectMessagesTakeASlotOfTheirOwnClusterWideRateGateAsSmsDoes() {
        outbox.enqueue(REMINDER, Audience.of(List.of(CAL)));
        drain();
        assertThat(sent).containsExactly("100000000000000003 REMINDER 7 60");
        assertThat(jdbc.sql("select channel from send_rate").query(String.class).list()).containsExactly("DISCORD");
        outbox.enqueue(REMINDER, Audience.of(List.of(ANA)));
        drain();
        assertThat(jdbc.sql("select channel from send_rate order by channel").query(String.class).list())
                .containsExactly("DISCORD", "SMS");
    }

    @Test
    void thoseAlreadySentAMessageFormTheNextAudience() {
        outbox.enqueue(REMINDER, Audience.of(List.of(ANA, BEA)));
        drain();
        outbox.enqueue(REMINDER, Audience.of(List.of(CAL)));   // queued, not yet sent
        Message cancelled = Message.of(MessageKind.CANCELLATION, 7, "cancellation:7");
        assertThat(outbox.withdraw(Set.of(MessageKind.REMINDER), 7, "webinar cancelled")).isEqualTo(1);
        assertThat(outbox.enqueue(cancelled, Audience.alreadySent(MessageKind.REMINDER, 7))).isEqualTo(2);
        assertThat(outbox.enqueue(cancelled, Audience.alreadySent(MessageKind.REMINDER, 7))).isZero();
        assertThat(rows()).containsExactlyInAnyOrder("reminder:+13125550101:sent", "reminder:+14155550102:sent",
                "reminder:100000000000000003:skipped", "cancellation:+13125550101:pending",
                "cancellation:+14155550102:pending");
    }

    @Test
    void aMessageWhoseRecipientErasedTheirDataWhileItWasOnItsWayIsNotSent() {
        MessagingPersonalData erasure = new MessagingPersonalData(new InboundLog(jdbc, new WriteBatch(new JdbcTemplate(TestDatabase.dataSource()))), reachability,
                new OutboxStore(jdbc, hasher));
        OutboxRenderer erasingMeanwhile = new OutboxRenderer() {
            @Override
            public Set<MessageKind> kinds() {
                return Set.of(MessageKind.MOVED);
            }

            @Override
            public Rendered render(OutboxMessage m) {
                erasure.erase(m.channel(), m.address());   // DELETE MY DATA + YES, between claim and send
                return new Rendered.Send("moved");
            }
        };
        Outbox racing = new Outbox(new OutboxStore(jdbc, hasher), List.of(channel(Channel.SMS)), List.of(erasingMeanwhile),
                new Recipients(optOuts, reachability), new RateGate(jdbc), MessagingFixtures.settings(1000, 1000),
                new InstanceId("test-instance"), clock, event -> { });
        racing.enqueue(Message.of(MessageKind.MOVED, 7, "moved:7"), Audience.of(List.of(ANA)));
        assertThat(racing.dispatchOne()).isTrue();
        assertThat(sent).isEmpty();
        assertThat(rows()).isEmpty();
    }

    @Test
    void deleteMyDataErasesEveryMessageToTheAddress() {
        outbox.enqueue(REMINDER, Audience.of(List.of(ANA, BEA)));
        new MessagingPersonalData(new InboundLog(jdbc, new WriteBatch(new JdbcTemplate(TestDatabase.dataSource()))), reachability, new OutboxStore(jdbc, hasher)).erase(Channel.SMS, ANA.address());
        assertThat(rows()).containsExactly("reminder:+14155550102:pending");
    }
}
