package org.beloved.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.beloved.app.AdminHttp;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeUser;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two Beloved instances (separate JVMs) on one PostgreSQL send one reminder to 500 SMS and 100
 * Discord subscribers through the fake Twilio and the fake Discord, and instances are killed with
 * SIGKILL ({@code destroyForcibly}) at random moments of the dispatch, each replaced at once by a
 * new one: three kill points, one in each third of the dispatch, one of them while the fakes hold
 * answers to requests they have already carried out (between the provider's acceptance and the
 * row's update). In the end
 * every subscriber got the reminder exactly once by the fakes' own records: none lost, none
 * doubled, within a bounded wait that outlasts the (short) lease.
 *
 * <p>The moments come from a seeded {@link Random}; the seed is printed, and
 * {@code -Dbeloved.cluster.seed=N} replays it. Logs: {@code app/target/cluster/kill-during-dispatch/}.
 */
@Tag("cluster")
class KillDuringDispatchTest {

    private static final int SMS = 500;
    private static final int DISCORD = 100;
    /** A dispatch of about a minute: long enough for the replacements (15 to 35 s to start on a busy box) to take part. */
    private static final double SMS_PER_SECOND = 10;
    private static final double DISCORD_PER_SECOND = 2;
    /** Short, for a short test, yet longer than any call of a survivor (a lease that runs out mid-call is a death). */
    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final Duration SWEEP = Duration.ofSeconds(1);
    private static final Duration TAKEOVER = Duration.ofSeconds(3);
    private static final int KILL_POINTS = 3;
    private static final String DM_POST = "/channels/\\d+/messages";
    /** How long the end may pass without any delivery or change of a row before the test stops waiting: well past a lease. */
    private static final Duration STALL = LEASE.plus(SWEEP).plusSeconds(20);

    @Test
    void everySubscriberIsRemindedExactlyOnceWhileInstancesAreKilledMidDispatch() throws Exception {
        long seed = Long.getLong("beloved.cluster.seed", new Random().nextLong());
        System.out.println("KillDuringDispatchTest seed " + seed + " (the same choices again: -Dbeloved.cluster.seed=" + seed + ")");
        Random random = new Random(seed);
        TestDatabase.reset();
        try (FakeTwilio twilio = FakeTwilio.start();
             FakeDiscord discord = FakeDiscord.start();
             Cluster cluster = new Cluster("kill-during-dispatch", twilio, discord)
                     .with("beloved.messaging.dispatch-enabled", true)
                     .with("beloved.messaging.dispatch-interval", "200ms")
                     .with("beloved.messaging.sms-per-second", SMS_PER_SECOND)
                     .with("beloved.messaging.discord-per-second", DISCORD_PER_SECOND)
                     .with("beloved.messaging.lease", LEASE.toSeconds() + "s")
                     .with("beloved.messaging.sweep-interval", SWEEP.toSeconds() + "s")
                     .with("beloved.discord.takeover-interval", TAKEOVER.toSeconds() + "s")) {
            Deliveries deliveries = new Deliveries(twilio, discord, phones(), users(discord));
            subscribe(deliveries, random);
            cluster.startHealthy(2);
            remindNow(cluster.healthy().get(0));
            await().atMost(Duration.ofSeconds(60)).until(() -> outboxRows() == SMS + DISCORD);
            await().atMost(Duration.ofSeconds(60)).until(() -> deliveries.total() > 0);

            int holdPoint = random.nextInt(KILL_POINTS);
            for (int point = 1; point <= KILL_POINTS; point++) {
                // A random moment inside the point's stretch of the dispatch (5-25 %, 35-55 %, 65-85 %),
                // found by progress rather than by time, so that slow start-ups cannot push it past the end.
                double from = 0.05 + 0.30 * (point - 1);
                int at = (int) ((from + 0.20 * random.nextDouble()) * (SMS + DISCORD));
                awaitDelivered(deliveries, at, point, seed);
                awaitAnyHealthy(cluster);
                int before = deliveries.total();
                String how = point - 1 == holdPoint ? killWhileAnswersAreHeld(cluster, twilio, discord, random)
                        : killAtRandom(cluster, random);
                System.out.printf("kill point %d at %d/%d delivered (SMS %d, Discord %d): %s%n", point, before,
                        SMS + DISCORD, deliveries.smsByPhone().size(), deliveries.dmsByUser().size(), how);
                cluster.start();
            }

            if (awaitSettledOrStalled(deliveries)) {
                Thread.sleep(LEASE.plus(SWEEP).toMillis());   // a double would come after a lease ran out: give it one more
            }
            Report report = deliveries.report();
            System.out.println("KillDuringDispatchTest seed " + seed + ": " + report + "; outbox " + outboxStatuses()
                    + "; " + connections());
            assertThat(report.lostSms()).as("SMS subscribers never reminded (seed %d): %s", seed, report).isZero();
            assertThat(report.doubledSms()).as("SMS subscribers reminded twice (seed %d): %s", seed, report).isZero();
            assertThat(report.lostDiscord()).as("Discord subscribers never reminded (seed %d): %s", seed, report).isZero();
            assertThat(report.doubledDiscord()).as("Discord subscribers reminded twice (seed %d): %s", seed, report).isZero();
            assertThat(outboxStatuses()).as("every outbox row settled as sent (seed %d)", seed)
                    .isEqualTo(Map.of("sent", (long) (SMS + DISCORD)));
        }
    }

    /**
     * SIGKILL to a random healthy instance, at whatever it is doing. It may be the last one up while
     * the replacements start: the dispatch then waits for them, as it would in production.
     */
    private static String killAtRandom(Cluster cluster, Random random) {
        List<BelovedProcess> healthy = cluster.healthy();
        BelovedProcess victim = healthy.get(random.nextInt(healthy.size()));
        victim.kill();
        return "killed " + victim + " (" + (healthy.size() - 1) + " other instance(s) up)";
    }

    /**
     * The fakes carry out requests (the SMS accepted, the DM created) but hold their answers; the
     * instance that sent one of them is killed, then the answers are released. A DM held is
     * preferred, so that the Discord sender dies in that window too; else an SMS held.
     */
    private static String killWhileAnswersAreHeld(Cluster cluster, FakeTwilio twilio, FakeDiscord discord, Random random) {
        twilio.holdAnswers();
        discord.holdAnswers("POST", DM_POST);
        try {
            List<BelovedProcess> candidates = cluster.healthy();
            // Well within a lease: the survivors' calls are held too, and must not look dead.
            Instant deadline = Instant.now().plusSeconds(8);
            Instant preferDiscordUntil = Instant.now().plusSeconds(4);
            while (true) {
                Map<BelovedProcess, Integer> heldDms = owners(discord.heldCallerPorts(), port(discord.apiBaseUrl()), candidates);
                Map<BelovedProcess, Integer> heldSms = owners(twilio.heldCallerPorts(), port(twilio.baseUrl()), candidates);
                Optional<BelovedProcess> victim = heldDms.isEmpty() && Instant.now().isAfter(preferDiscordUntil)
                        ? pick(heldSms, random) : pick(heldDms, random);
                if (victim.isPresent()) {
                    BelovedProcess dead = victim.get();
                    dead.kill();
                    return "killed " + dead + " holding " + heldSms.getOrDefault(dead, 0) + " accepted SMS and "
                            + heldDms.getOrDefault(dead, 0) + " created DMs whose answers it never read";
                }
                assertThat(Instant.now()).as("no request was held at the fakes within 8 s").isBefore(deadline);
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            twilio.releaseAnswers();
            discord.releaseAnswers();
        }
    }

    private static Map<BelovedProcess, Integer> owners(List<Integer> callerPorts, int serverPort,
            List<BelovedProcess> candidates) {
        Map<BelovedProcess, Integer> owners = new HashMap<>();
        for (int callerPort : callerPorts) {
            SocketOwners.owner(callerPort, serverPort, candidates).ifPresent(p -> owners.merge(p, 1, Integer::sum));
        }
        return owners;
    }

    private static Optional<BelovedProcess> pick(Map<BelovedProcess, Integer> held, Random random) {
        List<BelovedProcess> holders = held.keySet().stream()
                .sorted((a, b) -> Long.compare(a.pid(), b.pid())).toList();
        return holders.isEmpty() ? Optional.empty() : Optional.of(holders.get(random.nextInt(holders.size())));
    }

    private static int port(String url) {
        return URI.create(url).getPort();
    }

    /** Until {@code count} subscribers are reached; fails when the dispatch stops short of it (seed in the message). */
    private static void awaitDelivered(Deliveries deliveries, int count, int point, long seed) throws InterruptedException {
        int last = -1;
        Instant lastChange = Instant.now();
        while (deliveries.total() < count) {
            int now = deliveries.total();
            if (now != last) {
                last = now;
                lastChange = Instant.now();
            }
            assertThat(Instant.now()).as("kill point %d waits for %d delivered, but the dispatch stopped at %d (seed %d)",
                    point, count, now, seed).isBefore(lastChange.plus(Cluster.START_WITHIN));
            Thread.sleep(100);
        }
    }

    private static void awaitAnyHealthy(Cluster cluster) {
        await().atMost(Cluster.START_WITHIN).pollInterval(Duration.ofMillis(100)).until(() -> {
            cluster.started().stream().filter(p -> !p.alive() && !p.killed()).findFirst().ifPresent(p -> {
                throw new AssertionError(p + " died by itself:\n" + p.tail());
            });
            return !cluster.healthy().isEmpty();
        });
    }

    /**
     * Until every row is settled and every subscriber reached (true), or until nothing changes (no
     * delivery, no row's status) for {@link #STALL}: what rows stranded in 'sending' look like.
     */
    private static boolean awaitSettledOrStalled(Deliveries deliveries) throws InterruptedException {
        String last = "";
        Instant lastChange = Instant.now();
        Instant cap = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(cap)) {
            Map<String, Long> statuses = outboxStatuses();
            String now = deliveries.total() + " " + statuses;
            if (!now.equals(last)) {
                last = now;
                lastChange = Instant.now();
            }
            if (deliveries.report().everyoneReached() && statuses.keySet().equals(Set.of("sent"))) {
                return true;
            }
            if (Instant.now().isAfter(lastChange.plus(STALL))) {
                System.out.println("nothing changed for " + STALL.toSeconds() + " s (" + now + "): stopped waiting");
                return false;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static void remindNow(BelovedProcess instance) throws Exception {
        // Starts in 30 minutes: every reminder moment (1 day, 1 hour before) has passed, so the last
        // one fires at once, through Quartz, as for any webinar scheduled at short notice.
        String start = LocalDateTime.ofInstant(Instant.now().plus(Duration.ofMinutes(30)), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES).toString();
        HttpResponse<String> created = AdminHttp.send(instance.port(), "POST", "/api/admin/webinars", Cluster.ADMIN_TOKEN, """
                {"title": "Know your county", "description": "Public records", "start": "%s", "timeZone": "UTC",
                 "durationMinutes": 60, "joinUrl": "https://meet.example.org/abc", "language": "en"}
                """.formatted(start));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static List<String> phones() {
        List<String> phones = new ArrayList<>();
        for (int i = 1; i <= SMS; i++) {
            phones.add("+1555%07d".formatted(i));
        }
        return phones;
    }

    private static List<FakeUser> users(FakeDiscord discord) {
        List<FakeUser> users = new ArrayList<>();
        for (int i = 1; i <= DISCORD; i++) {
            users.add(discord.addUser("subscriber-" + i));
        }
        return users;
    }

    /** Webinar subscribers, SMS and Discord mixed in a seeded order, so that both channels go out side by side. */
    private static void subscribe(Deliveries deliveries, Random random) {
        List<String[]> rows = new ArrayList<>();
        deliveries.phones.forEach(p -> rows.add(new String[] {"SMS", p, "America/Chicago"}));
        deliveries.users.forEach(u -> rows.add(new String[] {"DISCORD", u.id(), "UTC"}));
        Collections.shuffle(rows, random);
        for (String[] row : rows) {
            TestDatabase.jdbc().sql("insert into webinar_subscription (channel, address, time_zone, created_at) values (?, ?, ?, now())")
                    .params((Object[]) row).update();
        }
    }

    /** The database's connections now, against its limit: the instances and the test JVM share it. */
    private static String connections() {
        return TestDatabase.jdbc().sql("select count(*) || ' of ' || current_setting('max_connections') from pg_stat_activity")
                .query(String.class).single() + " database connections";
    }

    private static long outboxRows() {
        return TestDatabase.jdbc().sql("select count(*) from outbox").query(Long.class).single();
    }

    private static Map<String, Long> outboxStatuses() {
        Map<String, Long> statuses = new HashMap<>();
        TestDatabase.jdbc().sql("select status, count(*) from outbox group by status")
                .query(rs -> {
                    statuses.put(rs.getString(1), rs.getLong(2));
                });
        return statuses;
    }

    /** Who got the reminder, by the fakes' own records. */
    private record Deliveries(FakeTwilio twilio, FakeDiscord discord, List<String> phones, List<FakeUser> users) {

        /** Messages Twilio accepted, by recipient. */
        Map<String, Long> smsByPhone() {
            return twilio.received().stream()
                    .filter(r -> r.method().equals("POST") && r.path().endsWith("/Messages.json"))
                    .collect(Collectors.groupingBy(r -> r.form().get("To"), Collectors.counting()));
        }

        /** Messages Discord created, by recipient (a post repeated with an enforced nonce creates none). */
        Map<String, Long> dmsByUser() {
            Map<String, String> userByChannel = users.stream()
                    .collect(Collectors.toMap(u -> discord.directMessageChannel(u), FakeUser::id));
            Map<String, Set<String>> messages = new HashMap<>();
            for (Call call : discord.calls("POST", DM_POST)) {
                String user = userByChannel.get(call.path().split("/")[2]);
                if (call.status() == 200 && user != null) {
                    messages.computeIfAbsent(user, u -> new HashSet<>()).add(call.responseJson().getString("id"));
                }
            }
            return messages.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
        }

        int total() {
            return smsByPhone().size() + dmsByUser().size();
        }

        Report report() {
            Map<String, Long> sms = smsByPhone();
            Map<String, Long> dms = dmsByUser();
            return new Report(
                    phones.stream().filter(p -> sms.getOrDefault(p, 0L) == 1).count(),
                    phones.stream().filter(p -> !sms.containsKey(p)).count(),
                    phones.stream().filter(p -> sms.getOrDefault(p, 0L) > 1).count(),
                    users.stream().filter(u -> dms.getOrDefault(u.id(), 0L) == 1).count(),
                    users.stream().filter(u -> !dms.containsKey(u.id())).count(),
                    users.stream().filter(u -> dms.getOrDefault(u.id(), 0L) > 1).count());
        }
    }

    private record Report(long onceSms, long lostSms, long doubledSms, long onceDiscord, long lostDiscord,
            long doubledDiscord) {

        boolean everyoneReached() {
            return lostSms == 0 && lostDiscord == 0;
        }

        @Override
        public String toString() {
            return "SMS %d/%d reminded once, %d lost, %d doubled; Discord %d/%d reminded once, %d lost, %d doubled"
                    .formatted(onceSms, SMS, lostSms, doubledSms, onceDiscord, DISCORD, lostDiscord, doubledDiscord);
        }
    }
}
