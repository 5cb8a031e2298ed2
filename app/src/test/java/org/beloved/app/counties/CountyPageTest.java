package org.beloved.app.counties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import org.beloved.BelovedApplication;
import org.beloved.app.HttpFixtures;
import org.beloved.counties.Counties;
import org.beloved.counties.CountyEdit;
import org.beloved.counties.CountyEditResult;
import org.beloved.counties.MeetingEdit;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.Tradition;
import org.beloved.organizers.Actor;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.WebinarTimes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@code /county/{fips}} over real HTTP in both languages: what organizers recorded (policy, 287(g),
 * note, source and review date, campaign, next meeting in its local time and zone), the partner
 * congregations listed there and no others, how to text the bot; a county nobody recorded shows its
 * state's defaults; an unknown code is the 404 page in the visitor's language.
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"beloved.web.sms-number=+14155550123", "beloved.web.discord-invite=https://discord.gg/example"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class CountyPageTest {

    private static final String TRAVIS = "48453";

    @LocalServerPort
    int port;

    @Autowired
    Counties counties;

    @Autowired
    Directory directory;

    /** As a browser asks: for HTML. */
    private HttpResponse<String> browserGet(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void recordTravis() {
        CountyEditResult result = counties.edit(TRAVIS, new CountyEdit("limits", "none",
                "The sheriff <b>asks</b> for a judicial warrant", "https://example.org/travis-policy", "2026-11-20", "active",
                new MeetingEdit("Commissioners Court", "2030-12-10T09:00", "America/Chicago", "https://example.org/agenda")),
                Actor.adminToken());
        assertThat(result).isInstanceOf(CountyEditResult.Saved.class);
    }

    private long congregation(String name, String zip, boolean approve) {
        long id = directory.register(new NewCongregation(name, Tradition.CATHOLIC, zip, "9 Private Road", "Ana Ruiz",
                "ana@example.org", "+15125550100", null, true, true, Channel.WEB, null)).id();
        if (approve) {
            directory.approve(id);
        }
        return id;
    }

    @Test
    void aRecordedCountyShowsItsPolicySourceCampaignMeetingAndListedCongregationsOnly() {
        recordTravis();
        congregation("St. Ignatius Austin", "78701", true);
        congregation("Pending Parish", "78701", false);
        congregation("Mission Dolores", "94110", true);

        HttpResponse<String> page = HttpFixtures.get(port, "/county/" + TRAVIS);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\"", "<h1>Travis County, Texas</h1>",
                "<dd id=\"policy\">Limits them</dd>", "<dd id=\"agreement\">None</dd>",
                "<dd id=\"campaign\">Active campaign</dd>",
                "The sheriff &lt;b&gt;asks&lt;/b&gt; for a judicial warrant",
                "href=\"https://example.org/travis-policy\"", "Last reviewed: 2026-11-20",
                "<strong>Commissioners Court</strong>", "Tue Dec 10, 9:00 AM CST", "datetime=\"2030-12-10T15:00:00Z\"",
                "href=\"https://example.org/agenda\"", "<li>St. Ignatius Austin - Austin</li>",
                "Text COUNTY and a ZIP code in this county to +14155550123", "href=\"sms:+14155550123?&amp;body=COUNTY%20\"",
                "/county with a ZIP code", "href=\"/toolkit/states/TX?lang=en\"",
                "href=\"/county/48453?lang=es\"")
                .doesNotContain("Pending Parish", "Mission Dolores", "Private Road", "ana@example.org", "5125550100",
                        "<b>asks</b>", "Nobody has recorded this county");
    }

    @Test
    void inSpanishWithLangEs() {
        recordTravis();

        HttpResponse<String> page = HttpFixtures.get(port, "/county/" + TRAVIS + "?lang=es");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"es\"", "<h1>Condado de Travis, Texas</h1>",
                "<dd id=\"policy\">Las limita</dd>", "<dd id=\"campaign\">Campaña activa</dd>",
                "Última revisión: 2026-11-20", WebinarTimes.format(Instant.parse("2030-12-10T15:00:00Z"),
                        ZoneId.of("America/Chicago"), Language.ES), "Próxima reunión pública",
                "Aún no hay congregaciones aliadas en este condado.",
                "Escribe CONDADO y un código postal de este condado al +14155550123",
                "href=\"sms:+14155550123?&amp;body=CONDADO%20\"", "href=\"/county/48453?lang=en\"",
                "href=\"/?lang=es\"");
    }

    @Test
    void aCountyNobodyRecordedShowsItsStatesDefaults() {
        HttpResponse<String> texas = HttpFixtures.get(port, "/county/" + TRAVIS);
        assertThat(texas.body()).contains("<dd id=\"policy\">State law makes the jail honor them</dd>",
                "<dd id=\"campaign\">No campaign yet</dd>", "No public meeting is scheduled yet.",
                "No source recorded yet.", "Nobody has recorded this county yet");

        HttpResponse<String> orleans = HttpFixtures.get(port, "/county/22071?lang=es");
        assertThat(orleans.body()).contains("<h1>Parroquia de Orleans, Luisiana</h1>");
        assertThat(HttpFixtures.get(port, "/county/06075").body())
                .contains("<h1>City and County of San Francisco, California</h1>");
        assertThat(HttpFixtures.get(port, "/county/72127").body()).contains("<h1>San Juan Municipio, PR</h1>");
        assertThat(HttpFixtures.get(port, "/county/72097?lang=es").body()).contains("<h1>Municipio de Mayagüez, PR</h1>");
        assertThat(HttpFixtures.get(port, "/county/78010").body()).contains("<h1>St. Croix, VI</h1>");
    }

    @Test
    void anUnknownCodeIsThe404PageInTheVisitorsLanguage() {
        HttpResponse<String> english = browserGet("/county/99999");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("<html lang=\"en\"", "Page not found");

        HttpResponse<String> spanish = browserGet("/county/99999?lang=es");
        assertThat(spanish.statusCode()).isEqualTo(404);
        assertThat(spanish.body()).contains("<html lang=\"es\"", "Página no encontrada");

        assertThat(HttpFixtures.get(port, "/county/texas").statusCode()).isEqualTo(404);
        assertThat(HttpFixtures.get(port, "/county/4845").statusCode()).isEqualTo(404);
    }
}
