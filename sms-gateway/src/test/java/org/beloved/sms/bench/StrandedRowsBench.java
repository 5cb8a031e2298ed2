package org.beloved.sms.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Time from an instance's death to its stranded rows being settled by a surviving instance. At the
 * moment of death the dead instance holds, in 'sending' under its lease, one SMS reminder per
 * subscriber, in three states: claimed but never handed to Twilio; handed over and taken by Twilio,
 * the answer lost; handed over and never taken. The survivor's sweep takes them back once the lease
 * ran out, verifies the last two kinds with Twilio's message list and sends only the third again.
 * Prints when the first and the last row were settled after the death, and checks that every
 * subscriber got exactly one text. Expected: about lease + sweep interval. Not a test; run with
 * {@code StrandedRowsBench [rows] [lease] [sweep-interval]} (defaults 30 2m 30s), test classpath.
 */
public final class StrandedRowsBench {

    private static final String DEAD = "dead-instance";

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        String lease = args.length > 1 ? args[1] : "2m";
        String sweep = args.length > 2 ? args[2] : "30s";
        JdbcClient db = TestDatabase.jdbc();
        try (FakeTwilio twilio = FakeTwilio.start()) {
            TestDatabase.reset();
            try (ConfigurableApplicationContext survivor = instance(twilio, lease, sweep)) {
                long webinar = survivor.getBean(Webinars.class).create(new WebinarDraft("Bench webinar", "",
                        "2030-12-10T19:00", "America/Chicago", 60, "https://meet.example.org/x", "en")).webinar().orElseThrow().id();
                Instant death = Instant.now();
                Duration leaseLength = Duration.parse("PT" + lease.toUpperCase());
                for (int i = 0; i < rows; i++) {
                    strand(db, twilio, webinar, i, death, leaseLength);
                }
                System.out.printf("death: %d rows stranded in 'sending' (lease %s, sweep every %s)%n", rows, lease, sweep);
                Instant deadline = death.plus(leaseLength).plus(Duration.ofMinutes(5));
                while (Instant.now().isBefore(deadline) && unsettled(db) > 0) {
                    Thread.sleep(100);
                }
                Instant last = Instant.now();
                Timestamp first = db.sql("select min(sent_at) from outbox").query(Timestamp.class).single();
                System.out.printf("settled: first %.1f s, last %.1f s after the death (%d left unsettled)%n",
                        Duration.between(death, first.toInstant()).toMillis() / 1e3,
                        Duration.between(death, last).toMillis() / 1e3, unsettled(db));
                Map<String, Integer> texts = new HashMap<>();
                twilio.accepted().forEach(m -> texts.merge(m.to(), 1, Integer::sum));
                long exactlyOnce = texts.values().stream().filter(n -> n == 1).count();
                System.out.printf("texts: %d subscribers got exactly one, %d more than one, %d none; %d list reads%n",
                        exactlyOnce, texts.values().stream().filter(n -> n > 1).count(), rows - texts.size(),
                        twilio.received().stream().filter(r -> r.method().equals("GET")).count());
            }
        }
    }

    /** Row {@code i} as the dead instance left it: never handed over, taken by Twilio, or not taken. */
    private static void strand(JdbcClient db, FakeTwilio twilio, long webinar, int i, Instant death, Duration lease)
            throws Exception {
        String to = "+1555" + String.format("%07d", i);
        String text = "Bench reminder " + i;
        boolean handedOver = i % 3 != 0;
        db.sql("insert into webinar_subscription (channel, address, time_zone, created_at) values ('SMS', ?, 'America/Chicago', now())")
                .param(to).update();
        long id = db.sql("""
                insert into outbox (dedup_key, kind, subject_id, lead_seconds, channel, address, status, next_attempt_at,
                    created_at, claimed_at, claimed_by, lease_until, rendered_text)
                values (?, 'reminder', ?, 3600, 'SMS', ?, 'sending', ?, ?, ?, ?, ?, ?) returning id
                """).params("reminder:" + webinar + ":3600:SMS:" + to, webinar, to, Timestamp.from(death),
                        Timestamp.from(death), Timestamp.from(death), DEAD, Timestamp.from(death.plus(lease)),
                        handedOver ? text : null)
                .query(Long.class).single();
        if (!handedOver) {
            return;
        }
        db.sql("""
                insert into sms_outbound (to_number, body, status, created_at, updated_at, outbox_id)
                values (?, ?, 'sending', now(), now(), ?)
                """).params(to, text, id).update();
        if (i % 3 == 1) {
            takenByTwilio(twilio, to, text);
        }
    }

    /** The create-message call the dead instance made, whose answer it never recorded. */
    private static void takenByTwilio(FakeTwilio twilio, String to, String body) throws Exception {
        String form = "To=" + enc(to) + "&From=" + enc(TwilioWebhooks.OUR_NUMBER) + "&Body=" + enc(body);
        HttpRequest request = HttpRequest.newBuilder(URI.create(twilio.baseUrl() + "/2010-04-01/Accounts/"
                        + TwilioWebhooks.ACCOUNT_SID + "/Messages.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (TwilioWebhooks.ACCOUNT_SID + ":" + TwilioWebhooks.AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long unsettled(JdbcClient db) {
        return db.sql("select count(*) from outbox where status <> 'sent'").query(Long.class).single();
    }

    private static ConfigurableApplicationContext instance(FakeTwilio twilio, String lease, String sweep) {
        return new SpringApplicationBuilder(org.beloved.sms.SmsTestApplication.class)
                .initializers(new TestDatabaseProperties())
                .run("--server.port=0", "--logging.level.org.beloved=warn",
                        "--beloved.sms.account-sid=" + TwilioWebhooks.ACCOUNT_SID,
                        "--beloved.sms.auth-token=" + TwilioWebhooks.AUTH_TOKEN,
                        "--beloved.sms.public-url=" + TwilioWebhooks.PUBLIC_URL,
                        "--beloved.sms.from-number=" + TwilioWebhooks.OUR_NUMBER,
                        "--beloved.sms.api-base-url=" + twilio.baseUrl(),
                        "--beloved.messaging.sms-per-second=50", "--beloved.messaging.lease=" + lease,
                        "--beloved.messaging.sweep-interval=" + sweep,
                        "--beloved.messaging.dispatch-interval=100ms", "--beloved.messaging.dispatch-enabled=true");
    }

    private StrandedRowsBench() {
    }
}
