package org.beloved.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.beloved.app.HttpFixtures.get;
import static org.beloved.app.HttpFixtures.simulate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.beloved.BelovedApplication;
import org.beloved.postgres.EmbeddedPostgres;
import org.beloved.sms.testing.TwilioWebhooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database down and kept down (the embedded server killed, its supervisor told to look again
 * only in an hour): the JSON API, the chat simulator and a page that reads the database answer 503
 * with {@code Retry-After} and say why, in one log line each and without a stack trace, never a 500;
 * Twilio's webhook keeps its own empty 503.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseDownAnswersTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @Test
    void theApiTheSimulatorAndThePagesAnswer503WithRetryAfterWhileTheDatabaseIsDown(CapturedOutput output)
            throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (ConfigurableApplicationContext app = new SpringApplication(BelovedApplication.class).run("--server.port=0",
                "--beloved.embedded-db.dir=" + tmp.resolve("postgres"), "--spring.datasource.url=",
                "--beloved.embedded-db.check-interval=1h", "--spring.quartz.auto-startup=false",
                "--spring.datasource.hikari.connection-timeout=1000",
                "--beloved.sms.account-sid=" + TwilioWebhooks.ACCOUNT_SID, "--beloved.sms.auth-token=" + TwilioWebhooks.AUTH_TOKEN,
                "--beloved.sms.public-url=" + TwilioWebhooks.PUBLIC_URL, "--beloved.sms.from-number=" + TwilioWebhooks.OUR_NUMBER,
                "--beloved.sms.api-base-url=http://127.0.0.1:9")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(get(port, "/api/partners?zip=94110").statusCode()).isEqualTo(200);
            assertThat(page(port, "/county/06075").statusCode()).isEqualTo(200);

            EmbeddedPostgres postgres = app.getBean(EmbeddedPostgres.class);
            ProcessHandle.of(postgres.pid()).orElseThrow().destroyForcibly();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> get(port, "/actuator/health/readiness").statusCode() == 503);
            int before = output.getOut().length();

            HttpResponse<String> api = get(port, "/api/partners?zip=94110");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(api.body()).isEqualTo("{\"error\":\"Beloved cannot reach its database right now; try again in a minute.\"}");

            HttpResponse<String> simulator = simulate(port, "database-down", "94110");
            assertThat(simulator.statusCode()).isEqualTo(503);
            assertThat(simulator.body()).contains("cannot reach its database");

            HttpResponse<String> english = page(port, "/county/06075");
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(english.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(english.body()).contains("Beloved is briefly unavailable", "Error 503");
            assertThat(page(port, "/county/06075?lang=es").body()).contains("Beloved no está disponible por un momento");

            HttpResponse<String> webhook = TwilioWebhooks.signedPost(port, "/sms/inbound",
                    TwilioWebhooks.sms("SM%032d".formatted(4242), "+14155550142", "94110"));
            assertThat(webhook.statusCode()).as("the webhook's own 503, for Twilio to retry").isEqualTo(503);
            assertThat(webhook.body()).isEmpty();

            String logged = output.getOut().substring(before);
            assertThat(logged).contains("GET /api/partners answered 503: the database cannot be reached",
                    "POST /api/simulator answered 503", "GET /county/06075 answered 503",
                    "Inbound SMS answered 503 for Twilio to retry").doesNotContain("\tat ").doesNotContain("POST /sms/inbound answered");
        }
    }

    private static HttpResponse<String> page(int port, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml").timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
