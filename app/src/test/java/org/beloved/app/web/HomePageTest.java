package org.beloved.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.get;

import java.net.http.HttpResponse;
import org.beloved.BelovedApplication;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** The server-rendered home page over real HTTP: its sections, both languages, the configured contacts, its size. */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"beloved.web.sms-number=+14155550123", "beloved.web.discord-invite=https://discord.gg/example"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class HomePageTest {

    @LocalServerPort
    int port;

    @Autowired
    Webinars webinars;

    @Test
    void thePageHasEverySectionAndTheConfiguredWaysToReachTheBot() {
        webinars.create(new WebinarDraft("Meet your sheriff", "Bring a friend", "2030-12-10T19:00", "America/Chicago", 60,
                "https://meet.example.org/sheriff", "en"));
        HttpResponse<String> page = get(port, "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"en\"", "id=\"map\"", "Find partners near you",
                "Put your congregation on the map", "Organizing toolkit", "Upcoming webinars", "Try the bot",
                "Meet your sheriff", "datetime=\"2030-12-11T01:00:00Z\"", "Tue Dec 10, 7:00 PM CST",
                "https://meet.example.org/sheriff", "href=\"/webinars.ics\"", "send REMIND to +14155550123",
                "href=\"sms:+14155550123\"", "href=\"https://discord.gg/example\"", "What Secure Communities is",
                "<option value=\"BAHAI\">Baha&#39;i</option>");
    }

    @Test
    void spanishIsOneLinkAway() {
        String english = get(port, "/").body();
        assertThat(english).contains("href=\"/?lang=es\"");
        String spanish = get(port, "/?lang=es").body();
        assertThat(spanish).contains("<html lang=\"es\"", "Encuentra socios cerca de ti", "Pon tu congregación en el mapa",
                "href=\"/?lang=en\"", "href=\"/toolkit.pdf?lang=es\"", "Próximos seminarios");
        assertThat(spanish).doesNotContain("Find partners near you");
    }

    @Test
    void eachLanguageLinksItsOwnCalendar() {
        String english = get(port, "/").body();
        assertThat(english).contains("<a href=\"/webinars.ics\">").doesNotContain("webinars.ics?lang=es");
        String spanish = get(port, "/?lang=es").body();
        assertThat(spanish).contains("<a href=\"/webinars.ics?lang=es\">",
                "<link rel=\"alternate\" type=\"text/calendar\" href=\"/webinars.ics?lang=es\"");
        assertThat(spanish).doesNotContain("href=\"/webinars.ics\"");
        assertThat(get(port, "/webinars.ics?lang=es").body()).contains("X-WR-CALNAME");
    }

    @Test
    void thePageAndItsOwnScriptsAndStylesStayUnder100Kilobytes() {
        long total = 0;
        for (String path : new String[] {"/", "/style.css", "/home.js", "/map.js", "/counties.js", "/simulator.js"}) {
            HttpResponse<String> response = get(port, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            total += response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        assertThat(total).isLessThan(100 * 1024);
        assertThat(get(port, "/webjars/leaflet/dist/leaflet.js").statusCode()).isEqualTo(200);
    }
}
