package org.beloved.bot.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beloved.bot.BotTestApplication;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeUser;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.Reminders;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Webinar reminders by DM to N Discord subscribers through real JDA and the outbox, against
 * FakeDiscord enforcing Discord's documented global limit (50 requests a second, 429 with
 * {@code retry_after} beyond it). Two rounds: the first reminder opens each DM channel (two calls
 * per DM), the second posts to the stored channel (one call). For each round it prints the
 * achieved rate, how many DMs were lost or doubled (per user, from the fake's own record of what
 * it accepted) and how many 429s the bot met. Not a test: run it with bench/discord-reminders.sh.
 */
public final class DmReminderBench {

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        double gate = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        double discordLimit = args.length > 2 ? Double.parseDouble(args[2]) : 50;
        try (FakeDiscord discord = FakeDiscord.start()) {
            TestDatabase.reset();
            List<FakeUser> subscribers = new java.util.ArrayList<>();
            for (int i = 0; i < users; i++) {
                FakeUser user = discord.addUser("subscriber-" + i);
                subscribers.add(user);
                TestDatabase.jdbc().sql("""
                        insert into webinar_subscription (channel, address, time_zone, created_at)
                        values ('DISCORD', ?, 'UTC', now())
                        """).param(user.id()).update();
            }
            try (ConfigurableApplicationContext app = instance(discord, gate)) {
                discord.awaitConnected(Duration.ofSeconds(30));
                discord.enforceGlobalLimit(discordLimit);
                long webinar = app.getBean(Webinars.class).create(new WebinarDraft("Bench webinar", "",
                        "2030-12-10T19:00", "America/Chicago", 60, "https://meet.example.org/x", "en"))
                        .webinar().orElseThrow().id();
                System.out.printf("%d subscribers, outbox DISCORD gate %.0f DMs/s, fake Discord global limit %.0f requests/s%n",
                        users, gate, discordLimit);
                round("first reminder (opens each DM channel)", app, discord, subscribers, webinar, Duration.ofDays(1), 1);
                round("second reminder (stored DM channel)", app, discord, subscribers, webinar, Duration.ofHours(1), 2);
            }
        }
    }

    private static void round(String name, ConfigurableApplicationContext app, FakeDiscord discord, List<FakeUser> users,
            long webinar, Duration lead, int expectedPerUser) throws InterruptedException {
        int before = discord.calls().size();
        long t0 = System.nanoTime();
        int enqueued = app.getBean(Reminders.class).fire(webinar, lead);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(20));
        while (Instant.now().isBefore(deadline) && pending() > 0) {
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Call> all = discord.calls();
        List<Call> calls = all.subList(before, all.size());
        Map<String, String> channelToUser = new HashMap<>();
        users.forEach(u -> channelToUser.put(discord.directMessageChannel(u), u.id()));
        Map<String, Integer> delivered = new HashMap<>();
        long dms = 0;
        for (Call call : calls) {
            if (call.is("POST", "/channels/\\d+/messages") && call.status() == 200) {
                String user = channelToUser.get(call.path().split("/")[2]);
                delivered.merge(user, 1, Integer::sum);
                dms++;
            }
        }
        long lost = users.stream().filter(u -> delivered.getOrDefault(u.id(), 0) == 0).count();
        long doubled = users.stream().filter(u -> delivered.getOrDefault(u.id(), 0) > 1).count();
        long limited = calls.stream().filter(c -> c.status() == 429).count();
        long requests = calls.stream().filter(c -> c.status() != 429 && !c.path().startsWith("/gateway")).count();
        System.out.printf("%s: %d enqueued, %d DMs accepted in %.1f s = %.1f DMs/s; %d REST requests accepted"
                        + " (%.2f per DM); lost %d, doubled %d; 429s met %d; outbox sent %d of %d%n",
                name, enqueued, dms, seconds, dms / seconds, requests, (double) requests / Math.max(dms, 1),
                lost, doubled, limited, sent(), 0L + enqueued * expectedPerUser);
    }

    private static ConfigurableApplicationContext instance(FakeDiscord discord, double gate) {
        return new SpringApplicationBuilder(BotTestApplication.class)
                .initializers(new TestDatabaseProperties())
                .run("--logging.level.org.beloved=warn", "--logging.level.net.dv8tion=warn",
                        "--beloved.discord.token=" + discord.token(),
                        "--beloved.discord.api-base-url=" + discord.apiBaseUrl(),
                        "--beloved.messaging.discord-per-second=" + gate,
                        "--beloved.messaging.dispatch-threads=8",
                        "--beloved.messaging.dispatch-interval=100ms", "--beloved.messaging.dispatch-enabled=true");
    }

    private static long pending() {
        return TestDatabase.jdbc().sql("select count(*) from outbox where status in ('pending', 'sending')")
                .query(Long.class).single();
    }

    private static long sent() {
        return TestDatabase.jdbc().sql("select count(*) from outbox where status = 'sent'").query(Long.class).single();
    }

    private DmReminderBench() {
    }
}
