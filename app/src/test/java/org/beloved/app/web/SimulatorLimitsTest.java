package org.beloved.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.postJsonFrom;
import static org.beloved.app.HttpFixtures.simulateFrom;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.beloved.BelovedApplication;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat simulator's per-address limits over real HTTP, at their defaults (20 messages a minute,
 * 10 new senders an hour), with the sign-up limit at 2 an hour. The client address is the one a
 * proxy forwards ({@code server.forward-headers-strategy=native}), so each test writes from its
 * own documentation address (203.0.113.0/24).
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "beloved.web.sign-ups-per-hour=2"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class SimulatorLimitsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private HttpResponse<String> say(String address, String sender, String text) {
        return simulateFrom(address, port, sender, text);
    }

    /** The reply's messages as one text; the message must have been taken. */
    private String reply(String address, String sender, String text) {
        HttpResponse<String> response = say(address, sender, text);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return String.join("\n", JSON.readTree(response.body()).get("messages").valueStream()
                .map(m -> m.asString()).toList());
    }

    private static long count(String sql, Object... params) {
        return TestDatabase.jdbc().sql(sql).params(params).query(Long.class).single();
    }

    /** A 429 with a Retry-After of 1 to {@code maxSeconds} seconds and an error naming the limit. */
    private static void assertRefused(HttpResponse<String> response, int maxSeconds, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).get().asString()
                .matches("[0-9]+").satisfies(s -> assertThat(Integer.parseInt(s)).isBetween(1, maxSeconds));
        assertThat(JSON.readTree(response.body()).get("error").asString()).contains(error);
    }

    @Test
    void pastTwentyMessagesAMinuteOneAddressGets429WithRetryAfter() {
        String address = "203.0.113.1";
        for (int i = 0; i < 20; i++) {
            assertThat(say(address, "web-rate-0001", "HELP").statusCode()).isEqualTo(200);
        }
        for (int i = 0; i < 3; i++) {
            assertRefused(say(address, "web-rate-0001", "HELP"), 60, "Too many messages");
        }
        HttpResponse<String> spanish = postJsonFrom(address, port, "/api/simulator?lang=es",
                "{\"sender\":\"web-rate-0001\",\"text\":\"AYUDA\"}");
        assertRefused(spanish, 60, "Demasiados mensajes");
        assertThat(count("select count(*) from web_simulator_message")).isEqualTo(20);
        assertThat(say("203.0.113.2", "web-rate-0002", "HELP").statusCode()).as("another address").isEqualTo(200);
    }

    @Test
    void pastTenNewSendersAnHourOneAddressGets429ButKnownSendersGoOn() {
        String address = "203.0.113.3";
        for (int i = 0; i < 10; i++) {
            assertThat(say(address, "web-session-%04d".formatted(i), "ESPAÑOL").statusCode()).isEqualTo(200);
        }
        assertRefused(say(address, "web-session-0010", "ESPAÑOL"), 3600, "Too many new chats");
        assertRefused(say(address, "web-session-0011", "HELP"), 3600, "Too many new chats");
        assertThat(reply(address, "web-session-0003", "HELP")).as("a known sender").contains("AYUDA");
        assertThat(count("select count(*) from web_simulator_sender")).isEqualTo(10);
        assertThat(count("select count(*) from conversation_sender where channel = 'WEB'")).isEqualTo(10);
    }

    @Test
    void aFloodFromOneAddressIsCutOffAtTheLimitsAndLeavesAtMostTheirRows() throws Exception {
        String address = "203.0.113.4";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<HttpResponse<String>>>> senders = new ArrayList<>();
        try {
            for (int s = 0; s < 40; s++) {
                String sender = "web-flood-%04d".formatted(s);
                senders.add(pool.submit(() -> List.of(say(address, sender, "ESPAÑOL"), say(address, sender, "REMIND"),
                        say(address, sender, "94110"), say(address, sender, "JOIN"))));
            }
            List<HttpResponse<String>> all = new ArrayList<>();
            for (Future<List<HttpResponse<String>>> f : senders) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            List<HttpResponse<String>> taken = all.stream().filter(r -> r.statusCode() == 200).toList();
            assertThat(taken).hasSizeBetween(1, 20);
            all.stream().filter(r -> r.statusCode() != 200).forEach(r -> assertRefused(r, 3600, "Too many"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from web_simulator_message")).isBetween(1L, 20L);
        assertThat(count("select count(*) from web_simulator_sender")).isBetween(1L, 10L);
        assertThat(count("select count(*) from conversation_sender where channel = 'WEB'")).isLessThanOrEqualTo(10);
        assertThat(count("select count(*) from conversation_flow where channel = 'WEB'")).isLessThanOrEqualTo(10);
        assertThat(count("select count(*) from webinar_subscription where channel = 'WEB'")).isLessThanOrEqualTo(10);
        assertThat(say("203.0.113.5", "web-flood-other", "HELP").statusCode()).as("another address").isEqualTo(200);
    }

    /** JOIN in the simulator, answered up to the summary that asks for the final YES. */
    private void joinUntilSummary(String address, String sender, String name) {
        for (String answer : List.of("JOIN", name, "1", "94110", "Ann Lee", "ann@example.org")) {
            reply(address, sender, answer);
        }
        String summary = reply(address, sender, "YES");
        for (int i = 0; i < 3 && !summary.contains("Please check"); i++) {
            summary = reply(address, sender, "YES");   // any further consent question
        }
        assertThat(summary).contains("Please check", name);
    }

    private HttpResponse<String> signUpFrom(String address, String name, String email) {
        return postJsonFrom(address, port, "/api/registrations", """
                {"name": "%s", "tradition": "OTHER", "zip": "94110", "contactName": "Ann", "contactEmail": "%s"}
                """.formatted(name, email));
    }

    @Test
    void simulatorSignUpsCountTowardTheAddressSignUpLimitAndOnlyAcceptedOnesCount() {
        String address = "203.0.113.6";
        for (int i = 0; i < 3; i++) {
            assertThat(signUpFrom(address, "Refused " + i, "not-an-email").statusCode()).isEqualTo(400);
        }
        assertThat(signUpFrom(address, "Grace Chapel", "ann@example.org").statusCode()).as("refused ones do not count")
                .isEqualTo(201);
        joinUntilSummary(address, "web-signup-0001", "Hope Temple");
        assertThat(reply(address, "web-signup-0001", "YES")).contains("Thank you", "Hope Temple");

        joinUntilSummary(address, "web-signup-0002", "Third Mosque");
        assertThat(reply(address, "web-signup-0002", "YES")).contains("too many congregations");
        assertRefused(signUpFrom(address, "Fourth Church", "ann@example.org"), 3600, "Too many sign-ups");

        assertThat(TestDatabase.jdbc().sql("select name from congregation order by name").query(String.class).list())
                .containsExactly("Grace Chapel", "Hope Temple");
        assertThat(count("select count(*) from web_registration_attempt")).isEqualTo(2);
        assertThat(signUpFrom("203.0.113.7", "Fourth Church", "ann@example.org").statusCode()).as("another address")
                .isEqualTo(201);
    }

    @Test
    void fourYesAtOnceToJoinsLastQuestionRegisterOnce() throws Exception {
        String address = "203.0.113.8";
        String sender = "web-concurrent-0001";
        joinUntilSummary(address, sender, "Grace Chapel");
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> yes = () -> {
            start.await();
            return reply(address, sender, "YES");
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = List.of(pool.submit(yes), pool.submit(yes), pool.submit(yes), pool.submit(yes));
            start.countDown();
            List<String> replies = new ArrayList<>();
            for (Future<String> answer : answers) {
                replies.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(replies).filteredOn(r -> r.contains("Thank you")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from congregation")).isEqualTo(1);
        assertThat(count("select count(*) from web_registration_attempt")).isEqualTo(1);
        assertThat(count("select count(*) from conversation_flow")).isZero();
    }
}
