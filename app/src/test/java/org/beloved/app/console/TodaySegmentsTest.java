package org.beloved.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beloved.BelovedApplication;
import org.beloved.organizers.Actor;
import org.beloved.organizers.NewOrganizer;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.sms.Segments;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;

/**
 * The Today page's segments-sent chart: texts answered through the real signed webhook (their
 * replies' segments) and texts sent through Twilio's API (a sign-in code and an alert, through the
 * outbox), each counted once, on today's row of the chart's table. The alert is urgent, so that the
 * recipient's quiet hours never hold it.
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.quartz.properties.org.quartz.scheduler.instanceName=today-segments-test",
                "beloved.messaging.dispatch-enabled=true", "beloved.messaging.dispatch-interval=100ms",
                "beloved.messaging.sms-per-second=50"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class TodaySegmentsTest {

    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final Pattern MESSAGE = Pattern.compile("<Message><Body>(.*?)</Body></Message>", Pattern.DOTALL);
    private static final String ANA = "+14155550164";
    private static final String SUBSCRIBER = "+14155550191";

    @LocalServerPort
    int port;

    @Autowired
    OrganizerRoster roster;

    @DynamicPropertySource
    static void smsSettings(DynamicPropertyRegistry registry) {
        TwilioWebhooks.smsSettings(registry, TWILIO);
    }

    @AfterAll
    static void stopTwilio() {
        TWILIO.close();
    }

    @Test
    void todaysRowCountsTheSegmentsOfWebhookRepliesAndOfTextsSentThroughTheApi() throws Exception {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
        int replies = replySegments("SM%032d".formatted(9101), SUBSCRIBER, "ALERTS 94110")
                + replySegments("SM%032d".formatted(9102), "+14155550192", "HELP")
                + replySegments("SM%032d".formatted(9103), "+14155550193", "94110");
        // A retried webhook is answered again from the record and counted once.
        replySegments("SM%032d".formatted(9103), "+14155550193", "94110");
        roster.add(new NewOrganizer("Ana Ruiz", null, ANA), Actor.settings());
        ConsoleClient ana = signedIn();
        sendAlert(ana);
        within(() -> TWILIO.accepted().stream().anyMatch(a -> a.to().equals(SUBSCRIBER)));
        int api = TWILIO.accepted().stream().mapToInt(a -> Segments.count(a.body())).sum();
        assertThat(TWILIO.accepted()).hasSize(2);
        assertThat(replies).isGreaterThan(3);

        // The sid is written once Twilio's answer is back: the page shows the alert when that has committed.
        List<Long> expected = List.of((long) replies, (long) api);
        within(() -> todaysRow(ana.get("/organize/today").body()).equals(expected), ana);
        String today = ana.get("/organize/today").body();
        assertThat(todaysRow(today)).isEqualTo(expected);
        assertThat(today).contains("SMS segments sent", "In replies", "Through the API");
        assertThat(rowsOf(today)).hasSize(30);
        assertThat(rowOf(today, LocalDate.now(ZoneOffset.UTC).minusDays(1))).containsExactly(0L, 0L);
        assertThat(ana.get("/organize/today?lang=es").body()).contains("Segmentos SMS enviados", "En respuestas",
                "Por la API");
    }

    /** The segments of the webhook's answer, its messages as TwiML carries them. */
    private int replySegments(String sid, String from, String body) {
        HttpResponse<String> answer = TwilioWebhooks.signedPost(port, "/sms/inbound", TwilioWebhooks.sms(sid, from, body));
        assertThat(answer.statusCode()).isEqualTo(200);
        List<String> messages = new ArrayList<>();
        Matcher m = MESSAGE.matcher(answer.body());
        while (m.find()) {
            messages.add(HtmlUtils.htmlUnescape(m.group(1)));
        }
        assertThat(messages).as(body).isNotEmpty();
        return Segments.ofReply(messages);
    }

    private ConsoleClient signedIn() throws Exception {
        return ConsoleClient.signedIn(port, "198.51.100.21", TWILIO, ANA);
    }

    private static void sendAlert(ConsoleClient ana) throws Exception {
        ana.get("/organize/alerts");
        HttpResponse<String> drafted = ana.post("/organize/alerts", Map.of("text", "The Board votes Tuesday 10am.",
                "textEs", "La Junta vota el martes a las 10.", "counties", "06075", "channels", "sms",
                "urgent", "true"));   // urgent: not held by the quiet hours, whenever the test runs
        assertThat(drafted.statusCode()).isEqualTo(302);
        String location = drafted.headers().firstValue("Location").orElseThrow();
        long alert = Long.parseLong(location.replaceAll(".*/organize/alerts/(\\d+).*", "$1"));
        ana.get("/organize/alerts/" + alert + "?confirm=true");
        assertThat(ana.post("/organize/alerts/" + alert + "/send", Map.of()).statusCode()).isEqualTo(302);
    }

    private static List<Long> todaysRow(String page) {
        return rowOf(page, LocalDate.now(ZoneOffset.UTC));
    }

    private static List<Long> rowOf(String page, LocalDate day) {
        return rowsOf(page).stream().filter(row -> row.get(0).equals(day.toString()))
                .map(row -> row.subList(1, row.size()).stream().map(Long::parseLong).toList())
                .findFirst().orElse(List.of());
    }

    /** The rows of the segments chart's table: the day, then each series' value. */
    private static List<List<String>> rowsOf(String page) {
        int start = page.indexOf("id=\"chart-segments\"");
        assertThat(start).as("the segments chart").isNotNegative();
        String figure = page.substring(start, page.indexOf("</figure>", start));
        Matcher row = Pattern.compile("<th scope=\"row\">([0-9-]+)</th>\\s*<td>(\\d+)</td>\\s*<td>(\\d+)</td>")
                .matcher(figure);
        List<List<String>> rows = new ArrayList<>();
        while (row.find()) {
            rows.add(List.of(row.group(1), row.group(2), row.group(3)));
        }
        return rows;
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void within(Condition condition) throws Exception {
        within(condition, null);
    }

    /** Waits up to 15 s for the condition; fails unless it held, except with a page to compare afterwards. */
    private static void within(Condition condition, ConsoleClient thenCompared) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.holds() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (thenCompared == null) {
            assertThat(condition.holds()).as("within 15 s").isTrue();
        }
    }
}

