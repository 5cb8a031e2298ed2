package org.beloved.app.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.beloved.BelovedApplication;
import org.beloved.app.AdminHttp;
import org.beloved.app.HttpFixtures;
import org.beloved.shared.Channel;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.Subscriptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Webinars over real HTTP, with Quartz's clustered JDBC store on the real database. */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "beloved.admin.token=organizer-secret")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class WebinarsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Subscriptions subscriptions;

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return AdminHttp.send(port, method, path, token, body);
    }

    private static String webinar(String start) {
        return """
                {"title": "Know your county", "description": "Public records, step by step", "start": "%s",
                 "timeZone": "America/Chicago", "durationMinutes": 60, "joinUrl": "https://meet.example.org/abc",
                 "language": "en"}
                """.formatted(start);
    }

    private static List<Instant> triggers(long id) {
        return TestDatabase.jdbc().sql("select next_fire_time from qrtz_triggers where job_name = ? order by next_fire_time")
                .param("webinar-" + id).query(Long.class).list().stream().map(Instant::ofEpochMilli).toList();
    }

    @Test
    void organizersScheduleEditAndCancelAndTheTriggersFollow() throws Exception {
        HttpResponse<String> created = send("POST", "/api/admin/webinars", "organizer-secret", webinar("2030-12-08T19:00"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        long id = body.get("id").asLong();
        assertThat(body.get("startsAt").asString()).isEqualTo("2030-12-09T01:00:00Z");
        assertThat(triggers(id)).containsExactly(Instant.parse("2030-12-08T01:00:00Z"), Instant.parse("2030-12-09T00:00:00Z"));

        HttpResponse<String> moved = send("PUT", "/api/admin/webinars/" + id, "organizer-secret", webinar("2030-12-10T18:30"));
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(triggers(id)).containsExactly(Instant.parse("2030-12-10T00:30:00Z"), Instant.parse("2030-12-10T23:30:00Z"));

        assertThat(JSON.readTree(HttpFixtures.get(port, "/api/webinars").body()).get("webinars")).hasSize(1);

        assertThat(send("DELETE", "/api/admin/webinars/" + id, "organizer-secret", null).statusCode()).isEqualTo(200);
        assertThat(triggers(id)).isEmpty();
        assertThat(send("DELETE", "/api/admin/webinars/" + id, "organizer-secret", null).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(HttpFixtures.get(port, "/api/webinars").body()).get("webinars")).isEmpty();
    }

    @Test
    void theAdminApiNeedsTheToken() throws Exception {
        assertThat(send("POST", "/api/admin/webinars", null, webinar("2030-12-08T19:00")).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/admin/webinars", "wrong", webinar("2030-12-08T19:00")).statusCode()).isEqualTo(401);
        assertThat(send("DELETE", "/api/admin/webinars/1", null, null).statusCode()).isEqualTo(401);
        assertThat(TestDatabase.jdbc().sql("select count(*) from webinar").query(Long.class).single()).isZero();
    }

    @Test
    void badWebinarsAre400WithTheReason() throws Exception {
        HttpResponse<String> bad = send("POST", "/api/admin/webinars", "organizer-secret", """
                {"title": "x", "start": "tomorrow", "timeZone": "Nowhere/Else", "durationMinutes": 0,
                 "joinUrl": "ftp://x", "language": "fr"}
                """);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").asString()).contains("title", "start", "timeZone",
                "durationMinutes", "joinUrl", "language");
        assertThat(send("POST", "/api/admin/webinars", "organizer-secret", "{nope").statusCode()).isEqualTo(400);
    }

    @Test
    void aMomentAlreadyPastAtSchedulingIsDroppedWhenALaterOneIsStillAhead() throws Exception {
        // Starts in 5 hours: the 1-day moment has passed, the 1-hour one is ahead; only that one is scheduled.
        Instant start = Instant.now().plus(Duration.ofHours(5)).truncatedTo(ChronoUnit.MINUTES);
        String local = LocalDateTime.ofInstant(start, ZoneId.of("America/Chicago")).toString();
        long id = JSON.readTree(send("POST", "/api/admin/webinars", "organizer-secret", webinar(local)).body())
                .get("id").asLong();
        assertThat(triggers(id)).containsExactly(start.minus(Duration.ofHours(1)));
    }

    @Test
    void aReminderWhoseMomentHasComeFiresThroughQuartzOnce() throws Exception {
        subscriptions.subscribe(Channel.SMS, "+13125550101", ZoneId.of("America/Chicago"));
        subscriptions.subscribe(Channel.DISCORD, "100000000000000003", ZoneId.of("America/New_York"));
        // Starts in 30 minutes: the 1-day and 1-hour moments have passed, so one catch-up reminder fires now.
        String start = LocalDateTime.ofInstant(Instant.now().plus(Duration.ofMinutes(30)), ZoneId.of("America/Chicago"))
                .truncatedTo(ChronoUnit.MINUTES).toString();
        long id = JSON.readTree(send("POST", "/api/admin/webinars", "organizer-secret", webinar(start)).body())
                .get("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.jdbc()
                .sql("select count(*) from outbox where subject_id = ?").param(id).query(Long.class).single() == 2);
        assertThat(TestDatabase.jdbc().sql("select distinct lead_seconds from outbox where subject_id = ?").param(id)
                .query(Long.class).list()).containsExactly(3600L);
    }

    @Test
    void theCalendarFeedParsesAndHasTheWebinars() throws Exception {
        send("POST", "/api/admin/webinars", "organizer-secret", webinar("2030-12-08T19:00"));
        HttpResponse<String> ics = HttpFixtures.get(port, "/webinars.ics");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type")).get().asString().startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Know your county");
        assertThat(ics.body()).contains("DTSTART:20301209T010000Z", "DTEND:20301209T020000Z");
    }
}
