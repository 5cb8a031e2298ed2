package org.beloved.app.webinars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Url;
import org.beloved.BelovedApplication;
import org.beloved.app.HttpFixtures;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.json.JsonMapper;

/** Admin webinar drafts are cleaned text before they are stored, and one odd row cannot break the calendar feed. */
@CleanDatabase
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "beloved.admin.token=organizer-secret")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class WebinarInputAndFeedTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> create(String title) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("title", title, "description", "Public\u0007 records",
                "start", "2030-12-08T19:00", "timeZone", "America/Chicago", "durationMinutes", 60,
                "joinUrl", "https://meet.example.org/abc", "language", "en"));
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/webinars"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer organizer-secret")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aDraftsTextIsCleanedBeforeItIsStored() throws Exception {
        HttpResponse<String> created = create("Know\u001b your\u0000".replace("\u0000", "") + " county\u0301");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(TestDatabase.jdbc().sql("select title || '|' || description from webinar").query(String.class).single())
                .isEqualTo("Know your countý|Public records");
    }

    @Test
    void aDraftWithANulIs400NamingTheFieldAndNothingIsStored() throws Exception {
        HttpResponse<String> refused = create("Know your\u0000 county");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("error").asString())
                .isEqualTo("the body's title must not contain NUL characters");
        assertThat(TestDatabase.jdbc().sql("select count(*) from webinar").query(Long.class).single()).isZero();
    }

    @Test
    void aRowWhoseJoinUrlIsNotAUriDoesNotBreakTheFeed(CapturedOutput output) throws Exception {
        assertThat(create("Know your county").statusCode()).isEqualTo(201);
        // As a row could hold it before join URLs were checked: straight into the table.
        long odd = TestDatabase.jdbc().sql("""
                insert into webinar (title, description, start_at, time_zone, duration_minutes, join_url, language, status,
                    created_at, updated_at)
                values ('Odd\u0001 row', 'Tabs\tand\u0002 bells\u0007', timestamptz '2030-12-09 19:00Z', 'UTC', 60,
                    'https://meet.example.org/a b|{x}', 'en', 'scheduled', now(), now())
                returning id
                """).query(Long.class).single();

        HttpResponse<String> ics = HttpFixtures.get(port, "/webinars.ics");
        assertThat(ics.statusCode()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getSummary().getValue()).containsExactly("Know your county", "Odd row");
        assertThat(events.get(0).<Url>getProperty("URL")).hasValueSatisfying(
                u -> assertThat(u.getValue()).isEqualTo("https://meet.example.org/abc"));
        assertThat(events.get(1).<Url>getProperty("URL")).isEmpty();
        assertThat(events.get(1).getDescription().getValue()).isEqualTo("Tabs\tand bells\n\nhttps://meet.example.org/a b|{x}");
        assertThat(output.getOut()).contains("Webinar " + odd + " has a join URL that is not a URI")
                .doesNotContain("\tat ");
    }
}
