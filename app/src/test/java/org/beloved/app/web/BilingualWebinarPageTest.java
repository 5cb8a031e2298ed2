package org.beloved.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.get;

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

/** The home page shows a bilingual webinar's Spanish title and description to the Spanish page only. */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"beloved.web.sms-number=+14155550123", "beloved.web.discord-invite=https://discord.gg/example"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class BilingualWebinarPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Webinars webinars;

    @Test
    void eachPageShowsTheWebinarInItsOwnLanguage() {
        webinars.create(new WebinarDraft("Know your county", "Public records", "2030-12-08T19:00", "America/Chicago", 60,
                "https://meet.example.org/c", "both", "Conoce tu condado", "Registros públicos"));
        assertThat(get(port, "/").body()).contains("Know your county", "Public records")
                .doesNotContain("Conoce tu condado");
        assertThat(get(port, "/?lang=es").body()).contains("Conoce tu condado", "Registros públicos")
                .doesNotContain("Know your county");
    }
}
