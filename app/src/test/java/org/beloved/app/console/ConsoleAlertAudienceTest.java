package org.beloved.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beloved.BelovedApplication;
import org.beloved.counties.Counties;
import org.beloved.counties.CountyEdit;
import org.beloved.counties.CountyEditResult;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditLog;
import org.beloved.organizers.NewOrganizer;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Alerts page's audience picker without script, over real HTTP: "Show its counties" lists a
 * state's counties with their detainer policy and campaign and keeps everything typed; ticked
 * counties join the typed ones, a chosen one is removed, and a preview of two ticked counties
 * reaches their subscribers and nobody else's. Opening an alert's page is audited as
 * {@code alert.read} by the signed-in organizer.
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native",
                "spring.quartz.properties.org.quartz.scheduler.instanceName=console-alert-audience-test"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ConsoleAlertAudienceTest {

    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final String ANA = "+14155550166";
    private static final String TEXT = "Supervisors vote Tuesday on ICE holds & jail contracts.";
    private static final String TEXT_ES = "La junta vota el martes sobre las retenciones de ICE.";

    @LocalServerPort
    int port;

    @Autowired
    OrganizerRoster roster;

    @Autowired
    AuditLog audit;

    @Autowired
    Counties counties;

    @DynamicPropertySource
    static void smsSettings(DynamicPropertyRegistry registry) {
        TwilioWebhooks.smsSettings(registry, TWILIO);
    }

    @AfterAll
    static void stopTwilio() {
        TWILIO.close();
    }

    @BeforeEach
    void organizer() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
        roster.add(new NewOrganizer("Ana Ruiz", null, ANA), Actor.settings());
    }

    private ConsoleClient signedIn() throws InterruptedException {
        return ConsoleClient.signedIn(port, "198.51.100.21", TWILIO, ANA);
    }


    private void optIn(int sid, String phone, String zip, String county) {
        HttpResponse<String> optIn = TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(sid), phone, "ALERTS " + zip));
        assertThat(optIn.body()).contains(county);
    }

    /** The compose form as typed so far, then these fields. */
    private static List<Map.Entry<String, String>> typed(String counties, String... more) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("text", TEXT),
                Map.entry("textEs", TEXT_ES), Map.entry("counties", counties), Map.entry("zip", ""),
                Map.entry("radiusMiles", ""), Map.entry("channels", "sms"), Map.entry("urgent", "true")));
        for (int i = 0; i < more.length; i += 2) {
            fields.add(Map.entry(more[i], more[i + 1]));
        }
        return fields;
    }

    private static String fieldValue(String page) {
        Matcher m = Pattern.compile("id=\"counties\" name=\"counties\"[^>]*value=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as("the counties field").isTrue();
        return m.group(1);
    }

    @Test
    void aStatesCountiesAreListedTickedRemovedAndPreviewedWithTheTextKept() throws Exception {
        CountyEditResult edited = counties.edit("06075", new CountyEdit("declines", null, null, null, null, "active",
                null), Actor.settings());
        assertThat(edited).isInstanceOf(CountyEditResult.Saved.class);
        optIn(7801, "+14155550891", "94110", "San Francisco, CA");
        optIn(7802, "+15105550892", "94601", "Alameda County");
        optIn(7803, "+13125550893", "60614", "Cook County");
        ConsoleClient ana = signedIn();
        String compose = ana.get("/organize/alerts").body();
        assertThat(compose).contains("id=\"audience-state\"", "id=\"show-counties\"", "id=\"county-map\"",
                "id=\"chosen\" hidden").doesNotContain("id=\"state-counties\"", "data-fips=");

        String listed = ana.postFields("/organize/alerts", typed("", "state", "CA", "audience", "show")).body();
        assertThat(listed).contains("id=\"state-counties\"", "Counties of CA", "id=\"pick-06075\"", "id=\"pick-06001\"")
                .contains("San Francisco (06075): Declines detainers; Active")
                .contains("Supervisors vote Tuesday on ICE holds &amp; jail contracts.", TEXT_ES)
                .containsPattern("id=\"urgent\"[^>]*checked").containsPattern("id=\"channel-sms\"[^>]*checked")
                .doesNotContainPattern("id=\"channel-discord\"[^>]*checked").doesNotContain("id=\"pick-17031\"");
        assertThat(listed.indexOf("id=\"pick-06001\"")).as("by name: Alameda before San Francisco")
                .isLessThan(listed.indexOf("id=\"pick-06075\""));

        String ticked = ana.postFields("/organize/alerts", typed("17031", "state", "CA", "pick", "06075", "pick", "06001",
                "audience", "show")).body();
        assertThat(fieldValue(ticked)).isEqualTo("17031, 06075, 06001");
        assertThat(ticked).contains("id=\"chosen-counties\"", "San Francisco, CA (06075): Declines detainers; Active",
                "Cook, IL (17031)", "id=\"remove-17031\"", "aria-label=\"Remove Cook, IL\"")
                .containsPattern("id=\"pick-06075\"[^>]*disabled=\"disabled\"")
                .containsPattern("id=\"pick-06075\"[^>]*checked=\"checked\"");

        String removed = ana.postFields("/organize/alerts", typed("17031, 06075, 06001", "state", "CA", "remove", "17031"))
                .body();
        assertThat(fieldValue(removed)).isEqualTo("06075, 06001");
        assertThat(removed).doesNotContain("id=\"remove-17031\"").contains(TEXT_ES);

        String spanish = ana.postFields("/organize/alerts", typed("99999", "lang", "es", "state", "TX", "audience", "show"))
                .body();
        assertThat(spanish).contains("Condados de TX", "99999: ningún condado tiene este código FIPS", "Quitar");

        HttpResponse<String> refused = ana.postFields("/organize/alerts", List.of(Map.entry("text", TEXT),
                Map.entry("textEs", ""), Map.entry("counties", "06075"), Map.entry("channels", "sms"),
                Map.entry("state", "CA")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).as("a refused preview keeps the list open").contains("id=\"problems\"",
                "textEs is required", "id=\"pick-06001\"", "jail contracts");

        HttpResponse<String> drafted = ana.postFields("/organize/alerts", typed("", "pick", "06075", "pick", "06001"));
        assertThat(drafted.statusCode()).isEqualTo(302);
        String location = drafted.headers().firstValue("Location").orElseThrow();
        String id = location.replaceAll(".*/organize/alerts/(\\d+).*", "$1");
        String preview = ana.follow(drafted).body();
        assertThat(preview).containsPattern("id=\"preview-recipients\">2<").contains("Counties: 06075, 06001");

        assertThat(audit.newest(null, "alert.read", 10)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("Ana Ruiz"))
                .satisfies(e -> assertThat(e.recordType()).isEqualTo("alert"))
                .satisfies(e -> assertThat(e.recordId()).isEqualTo(id));
        ana.get("/organize/alerts/" + id + "?lang=es");
        assertThat(audit.newest(null, "alert.read", 10)).hasSize(2);
    }
}
