package org.beloved.sms.bench;

import java.time.Duration;
import java.time.Instant;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.Reminders;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One reminder to 10,000 SMS and 2,000 Discord subscribers, two instances draining the outbox
 * into a local fake of Twilio's REST API at a configured SMS rate: prints the time to enqueue,
 * the achieved SMS rate and its ratio to the configured one. Discord has no token here, so no
 * instance claims its rows (they wait for one that can send them); the SMS rate is what is
 * measured. Not a test: run it with bench/reminders.sh. It stops by itself when every SMS row is
 * settled (or after 15 minutes).
 */
public final class ReminderDispatchBench {

    public static void main(String[] args) throws Exception {
        int sms = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int discord = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 50;
        try (FakeTwilio twilio = FakeTwilio.start()) {
            TestDatabase.reset();
            TestDatabase.jdbc().sql("""
                    insert into webinar_subscription (channel, address, time_zone, created_at)
                    select 'SMS', '+1555' || lpad(i::text, 7, '0'), 'America/Chicago', now() from generate_series(1, ?) i
                    union all
                    select 'DISCORD', (100000000000000000 + i)::text, 'UTC', now() from generate_series(1, ?) i
                    """).params(sms, discord).update();
            try (ConfigurableApplicationContext one = instance(twilio, rate);
                 ConfigurableApplicationContext two = instance(twilio, rate)) {
                long webinar = one.getBean(Webinars.class).create(new WebinarDraft("Bench webinar", "",
                        "2030-12-10T19:00", "America/Chicago", 60, "https://meet.example.org/x", "en"))
                        .webinar().orElseThrow().id();
                long t0 = System.nanoTime();
                int enqueued = one.getBean(Reminders.class).fire(webinar, Duration.ofHours(1));
                double enqueueMs = (System.nanoTime() - t0) / 1e6;
                System.out.printf("enqueue: %d outbox rows in %.0f ms (subscribers read, then one INSERT ... SELECT FROM unnest)%n", enqueued, enqueueMs);

                Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
                while (Instant.now().isBefore(deadline) && pending() > 0) {
                    Thread.sleep(200);
                }
                var requests = twilio.created();
                int received = requests.size();
                // Between arrivals at the fake Twilio, leaving out the first ten (connection warm-up
                // delays the very first requests and would make the rest look faster than they are).
                int warmUp = Math.min(10, received / 10);
                double seconds = Duration.between(requests.get(warmUp).at(), requests.get(received - 1).at()).toNanos() / 1e9;
                double achieved = (received - 1 - warmUp) / seconds;
                System.out.printf("dispatch: %d SMS reached the fake Twilio in %.1f s with two instances: %.2f SMS/s%n",
                        received, seconds, achieved);
                System.out.printf("configured %.0f SMS/s: achieved/configured = %.3f%n", rate, achieved / rate);
                System.out.printf("outbox: %d sent, %d skipped, %d other (Discord rows wait: no instance has a token)%n",
                        count("sent"), count("skipped"), count("other"));
            }
        }
    }

    private static ConfigurableApplicationContext instance(FakeTwilio twilio, double rate) {
        return new SpringApplicationBuilder(org.beloved.sms.SmsTestApplication.class)
                .initializers(new TestDatabaseProperties())
                .run("--server.port=0", "--logging.level.org.beloved=warn",
                        "--beloved.sms.account-sid=" + TwilioWebhooks.ACCOUNT_SID,
                        "--beloved.sms.auth-token=" + TwilioWebhooks.AUTH_TOKEN,
                        "--beloved.sms.public-url=" + TwilioWebhooks.PUBLIC_URL,
                        "--beloved.sms.from-number=" + TwilioWebhooks.OUR_NUMBER,
                        "--beloved.sms.api-base-url=" + twilio.baseUrl(),
                        "--beloved.messaging.sms-per-second=" + rate,
                        "--beloved.messaging.dispatch-interval=100ms", "--beloved.messaging.dispatch-enabled=true");
    }

    private static long pending() {
        return TestDatabase.jdbc().sql("""
                select count(*) from outbox where channel = 'SMS' and status in ('pending', 'sending', 'verify')
                """).query(Long.class).single();
    }

    private static long count(String status) {
        String where = status.equals("other") ? "status not in ('sent', 'skipped')" : "status = '" + status + "'";
        return TestDatabase.jdbc().sql("select count(*) from outbox where " + where).query(Long.class).single();
    }

    private ReminderDispatchBench() {
    }
}
