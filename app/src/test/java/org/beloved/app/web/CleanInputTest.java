package org.beloved.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.postJson;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.beloved.BelovedApplication;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text that comes in through the JSON API (the sign-up form, the chat simulator) is clean before it
 * is stored or routed, and a NUL anywhere in it is a clear 400 that changes nothing.
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class CleanInputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SENDER = "clean-input-test";

    @LocalServerPort
    int port;

    private HttpResponse<String> signUp(String name, String contactName) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("tradition", "CATHOLIC");
        form.put("zip", "94110");
        form.put("contactName", contactName);
        form.put("contactEmail", "ana@example.org");
        form.put("showContact", false);
        return postJson(port, "/api/registrations", JSON.writeValueAsString(form));
    }

    private HttpResponse<String> simulate(String text) {
        return postJson(port, "/api/simulator", JSON.writeValueAsString(Map.of("sender", SENDER, "text", text)));
    }

    private static long count(String sql) {
        return TestDatabase.jdbc().sql(sql).query(Long.class).single();
    }

    private static String error(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return JSON.readTree(response.body()).get("error").asString();
    }

    @Test
    void aSignUpIsStoredAsCleanText() {
        HttpResponse<String> response = signUp("Iglesia\u0007 San Jose\u0301\u001b", "Ana\tRui\u0301z\u0085");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(TestDatabase.jdbc().sql("select name || '|' || contact_name from congregation").query(String.class).single())
                .isEqualTo("Iglesia San José|Ana\tRuíz");
    }

    @Test
    void aSignUpWithANulIs400NamingTheFieldAndNothingIsStored() {
        assertThat(error(signUp("Iglesia\u0000 San Jose", "Ana Ruiz"))).isEqualTo("the body's name must not contain NUL characters");
        assertThat(error(signUp("Iglesia San Jose", "Ana\u0000"))).isEqualTo("the body's contactName must not contain NUL characters");
        assertThat(count("select count(*) from congregation")).isZero();
    }

    @Test
    void theSimulatorRoutesCleanText() {
        HttpResponse<String> response = simulate("HE\u0007LP\u0000".replace("\u0000", ""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("messages").get(0).asString()).contains("HELP - this list");
    }

    @Test
    void aNulInTheMiddleOfAFlowIs400AndTheFlowGoesOnUnchanged() {
        assertThat(simulate("JOIN").statusCode()).isEqualTo(200);
        String before = TestDatabase.jdbc().sql("select step || '|' || data::text from conversation_flow").query(String.class).single();
        assertThat(error(simulate("St Mary\u0000s"))).isEqualTo("the body's text must not contain NUL characters");
        assertThat(TestDatabase.jdbc().sql("select step || '|' || data::text from conversation_flow").query(String.class).single())
                .isEqualTo(before);
        JsonNode next = JSON.readTree(simulate("St Mary\u0007s").body());
        assertThat(next.get("messages").get(0).asString()).contains("Which tradition?");
    }
}
