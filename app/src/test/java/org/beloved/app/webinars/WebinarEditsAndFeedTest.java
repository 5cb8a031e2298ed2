package org.beloved.app.webinars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.beloved.BelovedApplication;
import org.beloved.app.AdminHttp;
import org.beloved.app.HttpFixtures;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.MutableClock;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bilingual webinars, partial edits (PATCH) against whole ones (PUT), and the calendar feed's
 * name, SEQUENCE and cancelled events, over real HTTP; the clock moves to show a cancelled
 * webinar leaving the feed after 30 days. Its own scheduler name keeps other contexts' jobs apart.
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"beloved.admin.token=organizer-secret",
            "spring.quartz.properties.org.quartz.scheduler.instanceName=webinar-edits-test"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
@Import(WebinarEditsAndFeedTest.MovableClock.class)
class WebinarEditsAndFeedTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static final String TOKEN = "organizer-secret";

    @TestConfiguration
    static class MovableClock {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;

    private static final String BILINGUAL = """
            {"title": "Know your county", "description": "Public records, step by step",
             "titleEs": "Conoce tu condado", "descriptionEs": "Registros públicos, paso a paso",
             "start": "2030-12-08T19:00", "timeZone": "America/Chicago", "durationMinutes": 60,
             "joinUrl": "https://meet.example.org/abc", "language": "both"}
            """;

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return AdminHttp.send(port, method, path, TOKEN, body);
    }

    private long create() throws Exception {
        HttpResponse<String> created = send("POST", "/api/admin/webinars", BILINGUAL);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private static String error(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("error").asString();
    }

    private List<VEvent> feed(String path) throws Exception {
        HttpResponse<String> ics = HttpFixtures.get(port, path);
        assertThat(ics.statusCode()).isEqualTo(200);
        return new CalendarBuilder().build(new StringReader(ics.body())).getComponents("VEVENT");
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }

    @Test
    void aBilingualWebinarCarriesItsSpanishTextsAndEachFeedReaderSeesTheirLanguage() throws Exception {
        long id = create();
        JsonNode listed = JSON.readTree(HttpFixtures.get(port, "/api/webinars").body()).get("webinars").get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(id);
        assertThat(listed.get("title").asString()).isEqualTo("Know your county");
        assertThat(listed.get("titleEs").asString()).isEqualTo("Conoce tu condado");
        assertThat(listed.get("descriptionEs").asString()).isEqualTo("Registros públicos, paso a paso");

        assertThat(feed("/webinars.ics").get(0).getSummary().getValue()).isEqualTo("Know your county");
        VEvent spanish = feed("/webinars.ics?lang=es").get(0);
        assertThat(spanish.getSummary().getValue()).isEqualTo("Conoce tu condado");
        assertThat(spanish.getDescription().getValue()).startsWith("Registros públicos, paso a paso");

        HttpResponse<String> tooShort = send("POST", "/api/admin/webinars", BILINGUAL.replace("Conoce tu condado", "C"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(error(tooShort)).contains("titleEs");
    }

    @Test
    void patchChangesOnlyTheFieldsItNames() throws Exception {
        long id = create();
        HttpResponse<String> moved = send("PATCH", "/api/admin/webinars/" + id, """
                {"start": "2030-12-10T18:30"}
                """);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(moved.body());
        assertThat(body.get("startsAt").asString()).isEqualTo("2030-12-11T00:30:00Z");
        assertThat(body.get("title").asString()).isEqualTo("Know your county");
        assertThat(body.get("titleEs").asString()).isEqualTo("Conoce tu condado");
        assertThat(body.get("durationMinutes").asInt()).isEqualTo(60);
        assertThat(body.get("language").asString()).isEqualTo("both");
        assertThat(TestDatabase.jdbc().sql("select next_fire_time from qrtz_triggers where job_name = ? order by 1")
                .param("webinar-" + id).query(Long.class).list().stream().map(Instant::ofEpochMilli).toList())
                .containsExactly(Instant.parse("2030-12-10T00:30:00Z"), Instant.parse("2030-12-10T23:30:00Z"));

        JsonNode retitled = JSON.readTree(send("PATCH", "/api/admin/webinars/" + id, """
                {"titleEs": "Conoce a tu condado", "description": null}
                """).body());
        assertThat(retitled.get("titleEs").asString()).isEqualTo("Conoce a tu condado");
        assertThat(retitled.get("description").asString()).isEmpty();
        assertThat(retitled.get("startsAt").asString()).isEqualTo("2030-12-11T00:30:00Z");
    }

    @Test
    void patchesAtTheSameTimeEachKeepTheOthersField() throws Exception {
        long id = create();
        for (int round = 1; round <= 5; round++) {
            String title = "Know your county " + round;
            int minutes = 60 + round;
            CompletableFuture<HttpResponse<String>> retitle = CompletableFuture.supplyAsync(() -> patch(id,
                    "{\"title\": \"" + title + "\"}"));
            CompletableFuture<HttpResponse<String>> lengthen = CompletableFuture.supplyAsync(() -> patch(id,
                    "{\"durationMinutes\": " + minutes + "}"));
            assertThat(retitle.get().statusCode()).isEqualTo(200);
            assertThat(lengthen.get().statusCode()).isEqualTo(200);
            assertThat(TestDatabase.jdbc().sql("select title || ' ' || duration_minutes from webinar").query(String.class)
                    .single()).isEqualTo(title + " " + minutes);
        }
    }

    private HttpResponse<String> patch(long id, String body) {
        try {
            return send("PATCH", "/api/admin/webinars/" + id, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBadPatchIsA400ThatChangesNothing() throws Exception {
        long id = create();
        HttpResponse<String> tooShort = send("PATCH", "/api/admin/webinars/" + id, "{\"durationMinutes\": 1}");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(error(tooShort)).isEqualTo("durationMinutes must be 5 to 600");

        HttpResponse<String> typo = send("PATCH", "/api/admin/webinars/" + id, "{\"tittle\": \"Know your sheriff\"}");
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(error(typo)).contains("tittle", "title, description, titleEs");

        HttpResponse<String> empty = send("PATCH", "/api/admin/webinars/" + id, "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(error(empty)).contains("at least one field");

        assertThat(TestDatabase.jdbc().sql("select duration_minutes || ' ' || title || ' ' || sequence from webinar")
                .query(String.class).single()).isEqualTo("60 Know your county 0");
        assertThat(send("PATCH", "/api/admin/webinars/" + (id + 1000), "{\"durationMinutes\": 90}").statusCode())
                .isEqualTo(404);
        assertThat(AdminHttp.send(port, "PATCH", "/api/admin/webinars/" + id, null, "{\"durationMinutes\": 90}")
                .statusCode()).isEqualTo(401);
    }

    @Test
    void aPutWithOnlyTheStartIsOneClearErrorPointingToPatch() throws Exception {
        long id = create();
        HttpResponse<String> put = send("PUT", "/api/admin/webinars/" + id, "{\"start\": \"2030-12-10T18:30\"}");
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(error(put)).isEqualTo("PUT replaces the whole webinar, and the body has no title, timeZone, "
                + "durationMinutes, joinUrl, language; to change only some fields, send just those with PATCH");
        assertThat(TestDatabase.jdbc().sql("select sequence from webinar").query(Integer.class).single()).isZero();
    }

    @Test
    void theFeedIsNamedItsSequenceGrowsAndACancelledWebinarStaysThirtyDays() throws Exception {
        HttpResponse<String> ics = HttpFixtures.get(port, "/webinars.ics");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Beloved webinars");
        assertThat(new CalendarBuilder().build(new StringReader(HttpFixtures.get(port, "/webinars.ics?lang=es").body()))
                .getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Seminarios de Beloved");

        long id = create();
        assertThat(property(feed("/webinars.ics").get(0), "SEQUENCE")).isEqualTo("0");
        assertThat(property(feed("/webinars.ics").get(0), "STATUS")).isEqualTo("CONFIRMED");
        send("PATCH", "/api/admin/webinars/" + id, "{\"durationMinutes\": 90}");
        assertThat(property(feed("/webinars.ics").get(0), "SEQUENCE")).isEqualTo("1");
        assertThat(send("PUT", "/api/admin/webinars/" + id, BILINGUAL).statusCode()).isEqualTo(200);
        assertThat(property(feed("/webinars.ics").get(0), "SEQUENCE")).isEqualTo("2");

        assertThat(send("DELETE", "/api/admin/webinars/" + id, null).statusCode()).isEqualTo(200);
        VEvent cancelled = feed("/webinars.ics").get(0);
        assertThat(property(cancelled, "UID")).isEqualTo("webinar-" + id + "@beloved");
        assertThat(property(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(property(cancelled, "SEQUENCE")).isEqualTo("3");
        assertThat(JSON.readTree(HttpFixtures.get(port, "/api/webinars").body()).get("webinars")).isEmpty();

        CLOCK.advance(Duration.ofDays(29));
        assertThat(feed("/webinars.ics")).hasSize(1);
        CLOCK.advance(Duration.ofDays(2));
        assertThat(feed("/webinars.ics")).isEmpty();
    }
}
