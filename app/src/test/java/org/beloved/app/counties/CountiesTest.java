package org.beloved.app.counties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.get;
import static org.beloved.app.HttpFixtures.postJson;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beloved.BelovedApplication;
import org.beloved.app.AdminHttp;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counties through their real entry points: the public JSON ({@code GET /api/counties[/{fips}]}),
 * the organizers' {@code PUT /api/admin/counties/{fips}} (bearer, validated, audited), and texts over
 * the signed Twilio webhook: a ZIP answer names its county, and the next meeting once an organizer
 * has set one; COUNTY and CONDADO answer the full card in the sender's language.
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "beloved.admin.token=" + CountiesTest.TOKEN)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class CountiesTest {

    static final String TOKEN = "counties-test-token-123";
    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final AtomicInteger SIDS = new AtomicInteger(19000);
    private static final AtomicInteger SENDERS = new AtomicInteger(1900);
    private static final Pattern MESSAGE = Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String TRAVIS_RECORD = """
            {"detainerPolicy": "declines", "agreement287g": "none", "policyNote": "No holds without a judicial warrant.",
             "sourceUrl": "https://example.org/travis-policy", "reviewedOn": "2026-11-20", "campaignStatus": "active",
             "nextMeeting": {"body": "Commissioners Court", "start": "2030-12-08T19:00", "timeZone": "America/Chicago",
                             "url": "https://example.org/agenda"}}
            """;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void smsSettings(DynamicPropertyRegistry registry) {
        TwilioWebhooks.smsSettings(registry, TWILIO);
    }

    private HttpResponse<String> put(String fips, String token, String body) throws Exception {
        return AdminHttp.send(port, "PUT", "/api/admin/counties/" + fips, token, body);
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private void listCongregation(String name, String zip) {
        HttpResponse<String> response = postJson(port, "/api/registrations", """
                {"name": "%s", "tradition": "PROTESTANT", "zip": "%s", "contactName": "Ann Lee",
                 "contactEmail": "ann@example.org"}
                """.formatted(name, zip));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        TestDatabase.jdbc().sql("update congregation set status = 'listed'").update();
    }

    private static List<String> audit(String action) {
        return TestDatabase.jdbc().sql("select actor || ' ' || coalesce(record_type, '') || ' ' || coalesce(record_id, '')"
                + " from audit_event where action = ? order by id").param(action).query(String.class).list();
    }

    @Test
    void everyCountyIsListedByFipsWithItsStatusAndTheStatesDefaults() {
        listCongregation("Austin Friends", "78701");
        JsonNode counties = json(get(port, "/api/counties"), 200).get("counties");
        assertThat(counties.size()).as("with Puerto Rico's municipios and the Virgin Islands").isBetween(3_200, 3_300);
        List<String> fips = new ArrayList<>();
        counties.forEach(c -> fips.add(c.get("fips").asString()));
        assertThat(fips).isSorted().doesNotHaveDuplicates();
        JsonNode travis = counties.get(fips.indexOf("48453"));
        assertThat(travis.toString()).isEqualTo("{\"fips\":\"48453\",\"name\":\"Travis\",\"state\":\"TX\","
                + "\"detainerPolicy\":\"state-requires\",\"agreement287g\":\"warrant-service\",\"campaignStatus\":\"none\","
                + "\"congregations\":1,\"recorded\":false,\"nextMeeting\":null}");
        JsonNode cook = counties.get(fips.indexOf("17031"));
        assertThat(cook.get("detainerPolicy").asString()).as("Illinois limits, so no state default").isEqualTo("unknown");
        assertThat(cook.get("agreement287g").asString()).isEqualTo("none");
    }

    @Test
    void oneCountyWithItsCongregationsAndAnUnknownOneIs404() {
        listCongregation("Austin Friends", "78701");
        JsonNode travis = json(get(port, "/api/counties/48453"), 200);
        assertThat(travis.get("name").asString()).isEqualTo("Travis");
        assertThat(travis.get("recorded").asBoolean()).isFalse();
        assertThat(travis.get("policyNote").isNull()).isTrue();
        assertThat(travis.get("sourceUrl").isNull()).isTrue();
        assertThat(travis.get("reviewedOn").isNull()).isTrue();
        assertThat(travis.get("congregationList")).hasSize(1);
        assertThat(travis.get("congregationList").get(0).get("name").asString()).isEqualTo("Austin Friends");
        assertThat(travis.get("congregationList").get(0).get("city").asString()).isEqualTo("Austin");
        assertThat(travis.get("congregationList").get(0).get("id").asLong()).isPositive();
        assertThat(travis.toString()).doesNotContain("ann@example.org");

        assertThat(json(get(port, "/api/counties/99999"), 404).get("error").asString()).contains("99999");
        assertThat(json(get(port, "/api/counties/travis"), 404).get("error").asString()).contains("5 digits");
    }

    @Test
    void anOrganizerRecordsACountyAndTheChangeIsAudited() throws Exception {
        JsonNode saved = json(put("48453", TOKEN, TRAVIS_RECORD), 200);
        assertThat(saved.get("detainerPolicy").asString()).isEqualTo("declines");
        assertThat(saved.get("agreement287g").asString()).isEqualTo("none");
        assertThat(saved.get("campaignStatus").asString()).isEqualTo("active");
        assertThat(saved.get("recorded").asBoolean()).isTrue();
        assertThat(saved.get("reviewedOn").asString()).isEqualTo("2026-11-20");
        assertThat(saved.get("nextMeeting").toString()).isEqualTo("{\"body\":\"Commissioners Court\","
                + "\"start\":\"2030-12-08T19:00\",\"timeZone\":\"America/Chicago\",\"url\":\"https://example.org/agenda\"}");
        assertThat(json(get(port, "/api/counties/48453"), 200)).isEqualTo(saved);
        assertThat(audit("county.edit")).containsExactly("admin-token county 48453");

        JsonNode cleared = json(put("48453", TOKEN, """
                {"detainerPolicy": "declines", "campaignStatus": "won", "nextMeeting": null}
                """), 200);
        assertThat(cleared.get("nextMeeting").isNull()).isTrue();
        assertThat(cleared.get("campaignStatus").asString()).isEqualTo("won");
        assertThat(cleared.get("policyNote").isNull()).as("PUT replaces the whole record").isTrue();
        assertThat(audit("county.edit")).hasSize(2);
    }

    @Test
    void aBadRecordIs400WithEveryProblemAnUnknownCounty404AndNoTokenIs401() throws Exception {
        JsonNode bad = json(put("48453", TOKEN, """
                {"detainerPolicy": "sometimes", "reviewedOn": "Nov 20", "sourceUrl": "http://example.org",
                 "nextMeeting": {"body": "Court", "start": "tomorrow", "timeZone": "America/Chicago"}}
                """), 400);
        assertThat(bad.get("error").asString()).contains("detainerPolicy must be one of honors, limits, declines,"
                + " state-requires, unknown", "reviewedOn must be a date like 2026-11-30", "sourceUrl must be an https:// link",
                "nextMeeting.start must be a local date and time like 2026-12-08T19:00");
        assertThat(bad.get("problems").properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("detainerPolicy", "sourceUrl", "reviewedOn", "nextMeeting.start");
        assertThat(json(put("99999", TOKEN, TRAVIS_RECORD), 404).get("error").asString()).contains("99999");
        assertThat(json(put("48453", TOKEN, null), 400).get("error").asString()).contains("body");

        HttpResponse<String> anonymous = put("48453", null, TRAVIS_RECORD);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(put("48453", "wrong-token", TRAVIS_RECORD).statusCode()).isEqualTo(401);

        assertThat(json(get(port, "/api/counties/48453"), 200).get("recorded").asBoolean()).as("nothing saved").isFalse();
        assertThat(audit("county.edit")).isEmpty();
        assertThat(audit("admin-api.refused")).as("the token's refused calls, not the anonymous ones").hasSize(3);
    }

    @Test
    void aZipAnswerNamesItsCountyAndOnceRecordedItsNextMeeting() throws Exception {
        listCongregation("Austin Friends", "78701");
        Texter texter = new Texter();
        String before = texter.firstPage("78701");
        assertThat(before).contains("Texas law requires jails to work with ICE. What your team can still ask for: text STATE.",
                "Travis County, TX: detainer policy not recorded yet; 1 congregation organizing. Text COUNTY.");

        json(put("48453", TOKEN, TRAVIS_RECORD), 200);
        String after = texter.firstPage("78701");
        assertThat(after).contains("Travis County, TX: the jail declines ICE detainers; 1 congregation organizing. "
                + "Next: Commissioners Court, Sun Dec 8, 7:00 PM CST. Text COUNTY.")
                .as("the county's own record stands for the state's line").doesNotContain("Texas law requires");
        assertThat(after.indexOf("Travis County")).as("right after the answer's first line")
                .isLessThan(after.indexOf("Austin Friends"));

        Texter spanish = new Texter();
        spanish.firstPage("ESPAÑOL");
        assertThat(spanish.firstPage("78701")).contains("Condado de Travis, TX: rechaza las retenciones de ICE; "
                + "1 comunidad de fe se organiza. Siguiente cita: Commissioners Court, 8 dic, 19:00 CST. Escribe CONDADO.");
        Texter texan = new Texter();
        texan.firstPage("ESPAÑOL");
        assertThat(texan.firstPage("79830")).as("an unrecorded county: the state's line and the county's, on page one")
                .contains("La ley de Texas exige a los alguaciles colaborar con ICE.",
                        "Condado de Brewster, TX: sin datos sobre retenciones de ICE; ninguna comunidad de fe registrada.");
    }

    /**
     * In every state and DC, in both languages, the first SMS page of a ZIP answer carries the
     * county's line, beside the state's where the state has one (both are GSM-7, as is the answer's
     * first line, so the page holds them all).
     */
    @Test
    void inEveryStateTheFirstPageOfAZipAnswerCarriesTheCountysLine() {
        List<String> zips = TestDatabase.jdbc().sql("""
                select min(zip) from zip_code where county_fips is not null and state <> 'MH'
                group by state order by state
                """).query(String.class).list();
        assertThat(zips).as("50 states, DC, Puerto Rico, the Virgin Islands").hasSize(53);
        List<String> missing = new ArrayList<>();
        for (String zip : zips) {
            if (!new Texter().firstPage(zip).contains("Text COUNTY.")) {
                missing.add("EN " + zip);
            }
            Texter spanish = new Texter();
            spanish.firstPage("ESPAÑOL");
            if (!spanish.firstPage(zip).contains("Escribe CONDADO.")) {
                missing.add("ES " + zip);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void countyAfterAZipAndCondadoWithOneAnswerTheFullCardInTheSendersLanguage() throws Exception {
        listCongregation("Austin Friends", "78701");
        json(put("48453", TOKEN, TRAVIS_RECORD), 200);
        Texter texter = new Texter();
        texter.firstPage("78701");
        assertThat(texter.whole("COUNTY")).contains("Travis County, TX (county 48453)",
                "Policy: the jail declines ICE detainers.", "287(g): no 287(g) agreement.", "Campaign: campaign active.",
                "Note: No holds without a judicial warrant.",
                "Next public meeting: Commissioners Court, Sun Dec 8, 7:00 PM CST.",
                "Meeting: https://example.org/agenda", "Congregations here: Austin Friends (Austin)",
                "Source: https://example.org/travis-policy", "Reviewed 2026-11-20.");

        Texter newcomer = new Texter();
        assertThat(newcomer.whole("CONDADO 79830")).as("a newcomer's CONDADO is answered in Spanish")
                .contains("Condado de Brewster, TX (condado 48043)",
                        "Política: la ley estatal exige cumplir las retenciones de ICE.",
                        "Aún no hay congregaciones registradas aquí. ¿La tuya? Escribe UNIRSE.",
                        "Aún no hay nada registrado para este condado: esto es lo que fija la ley estatal.");
    }

    @Test
    void puertoRicoTextsAndListsItsMunicipios() {
        listCongregation("Parroquia San Juan", "00901");
        Texter texter = new Texter();
        assertThat(texter.firstPage("00901")).contains("San Juan Municipio, PR: detainer policy not recorded yet; "
                + "1 congregation organizing. Text COUNTY.");
        assertThat(texter.whole("COUNTY 00901")).contains("San Juan Municipio, PR (county 72127)",
                "Congregations here: Parroquia San Juan (");
        Texter spanish = new Texter();
        assertThat(spanish.whole("CONDADO 00601")).contains("Municipio de Adjuntas, PR (condado 72001)");
        assertThat(new Texter().whole("COUNTY 00820")).contains("St. Croix, VI (county 78010)");

        JsonNode sanJuan = json(get(port, "/api/counties/72127"), 200);
        assertThat(sanJuan.get("name").asString()).isEqualTo("San Juan");
        assertThat(sanJuan.get("state").asString()).isEqualTo("PR");
        assertThat(sanJuan.get("congregationList").get(0).get("name").asString()).isEqualTo("Parroquia San Juan");
        JsonNode stThomas = json(get(port, "/api/counties/78030"), 200);
        assertThat(stThomas.get("name").asString()).isEqualTo("St. Thomas");
        assertThat(stThomas.get("state").asString()).isEqualTo("VI");
    }

    @Test
    void countyWithNoZipAsksForOneAndAnUnknownCountyIsSaid() {
        Texter texter = new Texter();
        assertThat(texter.firstPage("COUNTY")).isEqualTo("Which county? Reply with a ZIP code in it.");
        assertThat(texter.whole("60614")).contains("Cook County, IL (county 17031)", "detainer policy not recorded yet");
        texter.firstPage("79830");
        assertThat(texter.whole("county board")).as("words without a ZIP: the county of the ZIP searched last")
                .contains("Brewster County, TX (county 48043)");
        assertThat(texter.firstPage("COUNTY 96960")).as("the Marshall Islands have no county")
                .isEqualTo("I do not know the county of ZIP 96960. Reply with another ZIP code.");
        assertThat(texter.firstPage("COUNTY 99999")).isEqualTo("I do not know the county of ZIP 99999. "
                + "Reply with another ZIP code.");
        Texter spanish = new Texter();
        spanish.firstPage("ESPAÑOL");
        assertThat(spanish.firstPage("CONDADO")).isEqualTo("¿Qué condado? Responde con un código postal de ese condado.");
    }

    /** One person texting from a number of their own. */
    private final class Texter {

        private final String number = "+1512555%04d".formatted(SENDERS.incrementAndGet());

        private List<String> messages(String body) {
            HttpResponse<String> response = TwilioWebhooks.signedPost(port, "/sms/inbound",
                    TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), number, body));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            List<String> messages = new ArrayList<>();
            Matcher m = MESSAGE.matcher(response.body());
            while (m.find()) {
                messages.add(m.group(1).replace("<Body>", "").replace("</Body>", "").replace("&amp;", "&")
                        .replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">"));
            }
            assertThat(messages).as("reply to %s", body).isNotEmpty();
            return messages;
        }

        /** The first SMS page of the reply. */
        String firstPage(String body) {
            return messages(body).get(0);
        }

        /** Every page, asking MORE (or MAS) while the bot offers more. */
        String whole(String body) {
            StringBuilder all = new StringBuilder(String.join("\n", messages(body)));
            for (int i = 0; i < 10 && all.toString().matches("(?s).*(Reply MORE|MAS para seguir)[^\\n]*$"); i++) {
                all.append("\n").append(String.join("\n", messages("MORE")));
            }
            return all.toString();
        }
    }
}
