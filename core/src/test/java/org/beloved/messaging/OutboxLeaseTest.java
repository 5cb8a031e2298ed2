package org.beloved.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.beloved.shared.Channel;
import org.beloved.shared.InstanceId;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.MutableClock;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Leases and reconciliation on the real database, two "instances" (outboxes with their own
 * instance ids) sharing it: a rate slot is waited for before any row is claimed; an instance that
 * dies mid-delivery leaves rows that the sweep takes back once their lease ran out, and that are
 * sent again only when the channel proves they did not go; a channel's exception is an outcome,
 * never a stranded row; only channels ready on an instance are claimed there.
 */
@CleanDatabase
class OutboxLeaseTest {

    private static final Recipient ANA = new Recipient(Channel.SMS, "+13125550101");
    private static final Recipient CAL = new Recipient(Channel.DISCORD, "100000000000000003");
    private static final Message REMINDER = new Message(MessageKind.REMINDER, 7, Duration.ofHours(1), "reminder:7:3600");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final String TEXT = "REMINDER 7 60";

    /** How an instance dies: not an exception a channel throws, but the end of the process. */
    static final class Killed extends Error {
    }

    private final JdbcClient jdbc = TestDatabase.jdbc();
    private final MutableClock clock = MutableClock.at("2026-12-01T12:00:00Z");
    private final AddressHasher hasher = MessagingFixtures.hasher(jdbc);
    private final Recipients recipients = new Recipients(new OptOuts(jdbc, hasher, clock), new Reachability(jdbc, clock));

    /** A channel under the test's control: what it is asked, and what it answers. */
    final class TestChannel implements OutboundChannel {
        final Channel which;
        final List<String> sent = new ArrayList<>();
        final List<String> asked = new ArrayList<>();
        volatile boolean ready = true;
        volatile Supplier<Delivery> sending = () -> Delivery.sent("id-" + sent.size());
        volatile Supplier<Verification> verifying = () -> Verification.cannotTell("not set");

        TestChannel(Channel which) {
            this.which = which;
        }

        @Override
        public Channel channel() {
            return which;
        }

        @Override
        public boolean ready() {
            return ready;
        }

        @Override
        public Delivery send(long outboxId, String address, String text) {
            sent.add(outboxId + " " + address + " " + text);
            return sending.get();
        }

        @Override
        public Verification verify(long outboxId, String address, String text, Instant since) {
            asked.add(outboxId + " " + address + " " + text + " since " + since);
            return verifying.get();
        }
    }

    private static OutboxRenderer renderer() {
        return new OutboxRenderer() {
            @Override
            public Set<MessageKind> kinds() {
                return Set.of(MessageKind.REMINDER);
            }

            @Override
            public Rendered render(OutboxMessage m) {
                return new Rendered.Send(m.kind() + " " + m.subjectId() + " " + m.lead().toMinutes());
            }
        };
    }

    private Outbox outbox(String instance, RateGate gate, OutboundChannel... channels) {
        return new Outbox(new OutboxStore(jdbc, hasher), List.of(channels), List.of(renderer()), recipients, gate,
                MessagingFixtures.settings(1000, 1000), new InstanceId(instance), clock, event -> { });
    }

    private Outbox outbox(String instance, OutboundChannel... channels) {
        return outbox(instance, new RateGate(jdbc), channels);
    }

    private Reconciliation reconciliation(String instance, Outbox outbox, OutboundChannel... channels) {
        return new Reconciliation(new OutboxStore(jdbc, hasher), List.of(channels), outbox,
                MessagingFixtures.settings(1000, 1000), new InstanceId(instance), clock);
    }

    private String row() {
        return jdbc.sql("select status || ':' || coalesce(claimed_by, '-') || ':' || coalesce(external_id, '-') from outbox")
                .query(String.class).single();
    }

    private long id() {
        return jdbc.sql("select id from outbox").query(Long.class).single();
    }

    /** Instance "dead" claims the reminder and dies while its channel is calling the provider. */
    private Instant diesMidSend() {
        TestChannel dying = new TestChannel(Channel.SMS);
        dying.sending = () -> {
            throw new Killed();
        };
        outbox("dead", dying).enqueue(REMINDER, Audience.of(List.of(ANA)));
        Instant claimedAt = clock.instant();
        assertThatThrownBy(() -> outbox("dead", dying).dispatchOne()).isInstanceOf(Killed.class);
        assertThat(dying.sent).hasSize(1);
        assertThat(row()).isEqualTo("sending:dead:-");
        return claimedAt;
    }

    @Test
    void aRowIsClaimedWithALeaseOnlyOnceItsRateSlotHasCome() throws Exception {
        CountDownLatch reserved = new CountDownLatch(1);
        RateGate slowGate = new RateGate(jdbc) {
            @Override
            Instant reserve(Channel channel, double perSecond) {
                reserved.countDown();
                return Instant.now().plusMillis(1500);   // the next free slot is a while away
            }
        };
        TestChannel sms = new TestChannel(Channel.SMS);
        List<String> rowWhenSending = new ArrayList<>();
        sms.sending = () -> {
            rowWhenSending.add(jdbc.sql("""
                    select status || ':' || claimed_by || ':' || (lease_until = claimed_at + interval '2 minutes') || ':' || rendered_text
                    from outbox""").query(String.class).single());
            return Delivery.sent("SM1");
        };
        Outbox outbox = outbox("one", slowGate, sms);
        outbox.enqueue(REMINDER, Audience.of(List.of(ANA)));

        CompletableFuture<Boolean> dispatch = CompletableFuture.supplyAsync(outbox::dispatchOne);
        assertThat(reserved.await(10, TimeUnit.SECONDS)).isTrue();
        List<String> whileWaiting = new ArrayList<>();
        for (int i = 0; i < 5 && !dispatch.isDone(); i++) {
            whileWaiting.add(jdbc.sql("select status from outbox").query(String.class).single());
            Thread.sleep(100);
        }
        assertThat(dispatch.get(10, TimeUnit.SECONDS)).isTrue();

        assertThat(whileWaiting).as("nothing held while waiting for the slot").isNotEmpty().containsOnly("pending");
        assertThat(rowWhenSending).containsExactly("sending:one:true:" + TEXT);
        assertThat(row()).isEqualTo("sent:-:SM1");
    }

    @Test
    void aDeadInstancesRowIsTakenBackOnlyOnceItsLeaseRanOutAndIsRecordedAsSentWhenTheProviderHasIt() {
        Instant claimedAt = diesMidSend();
        TestChannel sms = new TestChannel(Channel.SMS);
        sms.verifying = () -> Verification.went("SM-found");
        Outbox survivor = outbox("survivor", sms);
        Reconciliation reconciliation = reconciliation("survivor", survivor, sms);

        clock.advance(LEASE.minusSeconds(1));
        assertThat(reconciliation.sweep()).as("the lease still holds").isZero();
        assertThat(survivor.dispatchOne()).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(reconciliation.sweep()).isEqualTo(1);
        assertThat(row()).isEqualTo("verify:-:-");
        assertThat(survivor.dispatchOne()).as("never sent blindly").isFalse();

        assertThat(reconciliation.verifyOne()).isTrue();
        assertThat(sms.asked).containsExactly(id() + " " + ANA.address() + " " + TEXT + " since " + claimedAt);
        assertThat(row()).isEqualTo("sent:-:SM-found");
        assertThat(sms.sent).isEmpty();
        assertThat(reconciliation.verifyOne()).isFalse();
    }

    @Test
    void aDeadInstancesRowThatProvablyDidNotGoIsSentAgainOnce() {
        diesMidSend();
        TestChannel sms = new TestChannel(Channel.SMS);
        sms.verifying = () -> Verification.didNotGo("no such message");
        Outbox survivor = outbox("survivor", sms);
        Reconciliation reconciliation = reconciliation("survivor", survivor, sms);
        clock.advance(LEASE.plusSeconds(1));
        reconciliation.sweep();

        assertThat(reconciliation.verifyOne()).isTrue();
        assertThat(row()).isEqualTo("pending:-:-");
        assertThat(survivor.dispatchOne()).isTrue();
        assertThat(sms.sent).containsExactly(id() + " " + ANA.address() + " " + TEXT);
        assertThat(row()).isEqualTo("sent:-:id-1");
        assertThat(survivor.dispatchOne()).isFalse();
    }

    @Test
    void whenTheProviderCannotTellItIsAskedAgainWithBackOffAndAfterBoundedTriesTheRowIsUnknownForGood() {
        diesMidSend();
        TestChannel sms = new TestChannel(Channel.SMS);
        sms.verifying = () -> {
            throw new IllegalStateException("the provider's list is down");   // an exception is an answer too
        };
        Outbox survivor = outbox("survivor", sms);
        Reconciliation reconciliation = reconciliation("survivor", survivor, sms);
        clock.advance(LEASE.plusSeconds(1));
        reconciliation.sweep();

        for (int tries = 1; tries < 6; tries++) {
            assertThat(reconciliation.verifyOne()).isTrue();
            assertThat(row()).isEqualTo("verify:-:-");
            Duration backOff = Duration.ofSeconds(30L << tries);
            clock.advance(backOff.minusSeconds(1));
            assertThat(reconciliation.verifyOne()).as("not asked again before %s", backOff).isFalse();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(reconciliation.verifyOne()).isTrue();
        assertThat(sms.asked).hasSize(6);
        assertThat(jdbc.sql("select status || ':' || checks from outbox").query(String.class).single()).isEqualTo("unknown:6");
        clock.advance(Duration.ofDays(1));
        assertThat(reconciliation.verifyOne()).isFalse();
        assertThat(survivor.dispatchOne()).isFalse();
        assertThat(sms.sent).as("never sent again").isEmpty();
    }

    @Test
    void aRowClaimedButNeverHandedToTheChannelGoesBackToPendingWithoutAskingTheProvider() {
        OutboxRenderer dyingRenderer = new OutboxRenderer() {
            @Override
            public Set<MessageKind> kinds() {
                return Set.of(MessageKind.REMINDER);
            }

            @Override
            public Rendered render(OutboxMessage m) {
                throw new Killed();
            }
        };
        TestChannel sms = new TestChannel(Channel.SMS);
        Outbox dead = new Outbox(new OutboxStore(jdbc, hasher), List.of(sms), List.of(dyingRenderer), recipients,
                new RateGate(jdbc), MessagingFixtures.settings(1000, 1000), new InstanceId("dead"), clock, event -> { });
        dead.enqueue(REMINDER, Audience.of(List.of(ANA)));
        assertThatThrownBy(dead::dispatchOne).isInstanceOf(Killed.class);
        assertThat(row()).isEqualTo("sending:dead:-");

        Outbox survivor = outbox("survivor", sms);
        clock.advance(LEASE.plusSeconds(1));
        assertThat(reconciliation("survivor", survivor, sms).sweep()).isEqualTo(1);
        assertThat(row()).isEqualTo("pending:-:-");
        assertThat(survivor.dispatchOne()).isTrue();
        assertThat(sms.asked).isEmpty();
        assertThat(sms.sent).hasSize(1);
        assertThat(row()).isEqualTo("sent:-:id-1");
    }

    @Test
    void anExceptionFromTheChannelIsAnUnknownOutcomeVerifiedBeforeAnythingIsSentAgain() {
        TestChannel sms = new TestChannel(Channel.SMS);
        sms.sending = () -> {
            throw new IllegalStateException("the client was shut down");
        };
        Outbox outbox = outbox("one", sms);
        Reconciliation reconciliation = reconciliation("one", outbox, sms);
        outbox.enqueue(REMINDER, Audience.of(List.of(ANA)));
        assertThat(outbox.dispatchOne()).isTrue();
        assertThat(jdbc.sql("select status || ':' || last_error from outbox").query(String.class).single())
                .isEqualTo("verify:the channel threw java.lang.IllegalStateException: the client was shut down");
        assertThat(outbox.dispatchOne()).isFalse();
        assertThat(reconciliation.verifyOne()).as("the provider is asked once the call is surely over").isFalse();

        clock.advance(LEASE);
        sms.sending = () -> Delivery.sent("SM2");
        sms.verifying = () -> Verification.didNotGo("none since the claim");
        assertThat(reconciliation.verifyOne()).isTrue();
        assertThat(outbox.dispatchOne()).isTrue();
        assertThat(sms.sent).hasSize(2);
        assertThat(row()).isEqualTo("sent:-:SM2");
    }

    @Test
    void onlyChannelsReadyOnThisInstanceAreClaimedHere() {
        TestChannel sms = new TestChannel(Channel.SMS);
        TestChannel discord = new TestChannel(Channel.DISCORD);
        discord.ready = false;
        Outbox outbox = outbox("one", sms, discord);
        outbox.enqueue(REMINDER, Audience.of(List.of(ANA, CAL)));
        while (outbox.dispatchOne()) {
            // one message per call
        }
        assertThat(sms.sent).hasSize(1);
        assertThat(discord.sent).isEmpty();
        assertThat(jdbc.sql("select channel || ':' || status from outbox order by id").query(String.class).list())
                .as("left for an instance that can send it, not given up").containsExactlyInAnyOrder("SMS:sent", "DISCORD:pending");

        jdbc.sql("update outbox set status = 'verify', rendered_text = 'x', claimed_at = now() where channel = 'DISCORD'").update();
        assertThat(reconciliation("one", outbox, sms, discord).verifyOne()).isFalse();
        assertThat(discord.asked).isEmpty();

        discord.ready = true;
        discord.verifying = () -> Verification.went("discord-message-1");
        assertThat(reconciliation("one", outbox, sms, discord).verifyOne()).isTrue();
        assertThat(jdbc.sql("select status || ':' || external_id from outbox where channel = 'DISCORD'").query(String.class)
                .single()).isEqualTo("sent:discord-message-1");
    }

    @Test
    void theProvidersLateReportSettlesARowInDoubtAndNothingElse() {
        Instant claimedAt = diesMidSend();
        long id = id();
        Outbox survivor = outbox("survivor", new TestChannel(Channel.SMS));
        clock.advance(LEASE.plusSeconds(1));
        reconciliation("survivor", survivor).sweep();
        assertThat(row()).isEqualTo("verify:-:-");

        assertThat(survivor.confirmSent(id, "SM-late")).isTrue();
        assertThat(row()).isEqualTo("sent:-:SM-late");
        assertThat(jdbc.sql("select sent_at from outbox").query(Timestamp.class).single().toInstant())
                .isAfter(claimedAt);
        assertThat(survivor.confirmSent(id, "SM-other")).as("already sent").isFalse();
        assertThat(survivor.confirmSent(id + 1000, "SM-x")).as("no such row").isFalse();
        assertThat(row()).isEqualTo("sent:-:SM-late");
    }
}
