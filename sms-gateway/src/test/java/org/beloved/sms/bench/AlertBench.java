package org.beloved.sms.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.beloved.alerts.AlertDraft;
import org.beloved.alerts.AlertResult;
import org.beloved.alerts.Alerts;
import org.beloved.messaging.OptOuts;
import org.beloved.shared.Channel;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An action alert to 50,000 subscribers (by default 40,000 by SMS and 10,000 by Discord, in Cook
 * County, beside 10,000 elsewhere and 500 who said STOP): the time to draft it with its preview
 * (the audience query, the opt-out test over every recipient, the segment count) and to send it
 * (the same query, then one INSERT ... SELECT FROM unnest into the outbox), by county and by
 * radius. Nothing is dispatched (no instance drains the outbox). Not a test: run it with
 * bench/alerts.sh.
 */
public final class AlertBench {

    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        int sms = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        int discord = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        TestDatabase.reset();
        seed(sms, discord);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(org.beloved.sms.SmsTestApplication.class)
                .initializers(new TestDatabaseProperties())
                .run("--server.port=0", "--logging.level.org.beloved=warn", "--beloved.messaging.dispatch-enabled=false",
                        "--beloved.sms.account-sid=" + TwilioWebhooks.ACCOUNT_SID,
                        "--beloved.sms.auth-token=" + TwilioWebhooks.AUTH_TOKEN,
                        "--beloved.sms.public-url=" + TwilioWebhooks.PUBLIC_URL,
                        "--beloved.sms.from-number=" + TwilioWebhooks.OUR_NUMBER)) {
            OptOuts optOuts = app.getBean(OptOuts.class);
            for (int i = 1; i <= 500; i++) {
                optOuts.optOut(Channel.SMS, phone(i), "bench");
            }
            Alerts alerts = app.getBean(Alerts.class);
            System.out.printf("subscribers: %d SMS and %d Discord in Cook County (17031), 10,000 SMS elsewhere,"
                    + " 500 of Cook's SMS said STOP%n", sms, discord);
            measure(alerts, "counties [17031]", List.of("17031"), null, null);
            measure(alerts, "zip 60614 + radiusMiles 40", null, "60614", 40.0);
        }
    }

    private static void measure(Alerts alerts, String audience, List<String> counties, String zip, Double miles) {
        double[] previews = new double[RUNS];
        double[] sends = new double[RUNS];
        int recipients = 0;
        int enqueued = 0;
        for (int run = 0; run < RUNS; run++) {
            AlertDraft draft = new AlertDraft("The Board votes Tuesday 10am on ending ICE holds. Come: 118 N Clark St.",
                    "La Junta vota el martes a las 10 sobre las retenciones de ICE. Ven: 118 N Clark St, salón 567.",
                    counties, zip, miles, List.of("sms", "discord"), false);
            long t0 = System.nanoTime();
            AlertResult.Drafted drafted = (AlertResult.Drafted) alerts.draft(draft, "bench");
            previews[run] = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            enqueued = alerts.send(drafted.alert().id()).orElseThrow().alert().enqueued();
            sends[run] = (System.nanoTime() - t1) / 1e6;
            recipients = drafted.alert().preview().recipients();
            if (recipients != enqueued) {
                throw new IllegalStateException("preview " + recipients + " but enqueued " + enqueued);
            }
        }
        System.out.printf("%s: %d recipients previewed, %d enqueued (equal)%n", audience, recipients, enqueued);
        System.out.printf("  preview (draft): median %.0f ms, runs %s%n", median(previews), Arrays.toString(rounded(previews)));
        System.out.printf("  enqueue (send):  median %.0f ms, runs %s%n", median(sends), Arrays.toString(rounded(sends)));
    }

    /** Cook County ZIPs for the subscribers, and 10,000 SMS subscribers in San Francisco. */
    private static void seed(int sms, int discord) {
        TestDatabase.jdbc().sql("""
                insert into alert_subscriber (channel, address, language, zip, county_fips, latitude, longitude, time_zone,
                    created_at, updated_at)
                select 'SMS', '+1555' || lpad(i::text, 7, '0'), case when i % 3 = 0 then 'es' else 'en' end, '60614', '17031',
                    41.9229, -87.6483, 'America/Chicago', now(), now() from generate_series(1, ?) i
                union all
                select 'DISCORD', (100000000000000000 + i)::text, 'en', '60609', '17031', 41.8097, -87.6533, 'America/Chicago',
                    now(), now() from generate_series(1, ?) i
                union all
                select 'SMS', '+1666' || lpad(i::text, 7, '0'), 'en', '94110', '06075', 37.7509, -122.4153,
                    'America/Los_Angeles', now(), now() from generate_series(1, 10000) i
                """).params(sms, discord).update();
    }

    private static String phone(int i) {
        return "+1555" + String.format("%07d", i);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long[] rounded(double[] values) {
        List<Long> out = new ArrayList<>();
        for (double v : values) {
            out.add(Math.round(v));
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }
}
