package org.beloved.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.beloved.BelovedApplication;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code logging.structured.format.console=ecs} (README) every console line is one JSON object
 * in the Elastic Common Schema, and each line an inbound SMS webhook logs carries the request's id
 * as {@code requestId} and the sender's number masked. Through the signed webhook, as Twilio posts it.
 *
 * <p>Logging is global to the JVM: after the class the structured format Spring Boot left in a
 * system property is cleared and the context closed, so the next context logs plain lines again.
 */
@CleanDatabase
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // The webhook's line per text is DEBUG (InboundSummary writes INFO at most once a minute).
        properties = {"logging.structured.format.console=ecs",
                "logging.level.org.beloved.sms.InboundSmsController=debug"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class StructuredLogsTest {

    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SENDER = "+14155550188";

    @LocalServerPort
    int port;

    @AfterAll
    static void plainLogsForTheNextContext() {
        System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
    }

    @DynamicPropertySource
    static void smsSettings(DynamicPropertyRegistry registry) {
        TwilioWebhooks.smsSettings(registry, TWILIO);
    }

    @Test
    void everyLineOfAWebhookIsEcsJsonWithItsRequestIdAndTheNumberMasked(CapturedOutput output) throws Exception {
        String sid = "SM%032d".formatted(2701);
        int before = output.getOut().length();

        HttpResponse<String> response = text(sid, SENDER, "STOP", "edge-2701");

        assertThat(response.statusCode()).isEqualTo(200);
        String logged = output.getOut().substring(before);
        List<JsonNode> lines = Arrays.stream(logged.split("\n")).filter(line -> !line.isBlank())
                .map(JSON::readTree).toList();   // a line that is not JSON fails here
        assertThat(lines).allSatisfy(line -> assertThat(List.of("@timestamp", "log.level", "log.logger", "message",
                "process.thread.name", "service.name")).allSatisfy(field -> assertThat(text(line, field)).isNotBlank()));
        List<JsonNode> requestLines = lines.stream().filter(line -> onARequestThread(text(line, "process.thread.name")))
                .toList();
        assertThat(requestLines).extracting(line -> text(line, "message"))
                .anySatisfy(message -> assertThat(message).isEqualTo("SMS opt-out from ***88"))
                .anySatisfy(message -> assertThat(message).startsWith("SMS " + sid + " from ***88 answered with"));
        assertThat(requestLines).allSatisfy(line -> assertThat(text(line, "requestId")).isEqualTo("edge-2701"));
        assertThat(logged).doesNotContain("4155550188");
    }

    @Test
    void aRequestWithoutAnIdLogsTheOneMadeForIt(CapturedOutput output) throws Exception {
        String sid = "SM%032d".formatted(2702);
        String sender = "+14155550177";
        int before = output.getOut().length();

        HttpResponse<String> response = text(sid, sender, "HELP", null);

        String made = response.headers().firstValue("X-Request-Id").orElseThrow();
        List<JsonNode> about = Arrays.stream(output.getOut().substring(before).split("\n"))
                .filter(line -> line.contains(sid)).map(JSON::readTree).toList();
        // The per-text line (DEBUG), and the once-a-minute INFO summary when this text opens a new minute.
        assertThat(about).isNotEmpty().allSatisfy(line -> {
            assertThat(text(line, "requestId")).isEqualTo(made);
            assertThat(text(line, "message")).contains("from ***77").doesNotContain("4155550177");
        }).anySatisfy(line -> assertThat(text(line, "log.level")).isEqualTo("DEBUG"));
    }

    /** A signed inbound SMS with this X-Request-Id (none when null). */
    private HttpResponse<String> text(String sid, String from, String body, String requestId) throws Exception {
        Map<String, String> form = TwilioWebhooks.sms(sid, from, body);
        String encoded = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sms/inbound"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", TwilioWebhooks.signature(TwilioWebhooks.PUBLIC_URL + "/sms/inbound", form,
                        TwilioWebhooks.AUTH_TOKEN))
                .POST(HttpRequest.BodyPublishers.ofString(encoded));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Tomcat's request threads: platform threads "http-nio-...-exec-N" on Java 17, virtual threads
     * "tomcat-handler-N" on Java 21 and newer (spring.threads.virtual.enabled).
     */
    private static boolean onARequestThread(String threadName) {
        return threadName.startsWith("http-") || threadName.startsWith("tomcat-handler-");
    }

    /**
     * A field by its ECS name, whether the formatter wrote it flat ({@code "log.level"}) or nested
     * ({@code "log": {"level": ...}}); empty when absent.
     */
    private static String text(JsonNode line, String field) {
        if (line.has(field)) {
            return line.get(field).asString();
        }
        JsonNode node = line;
        for (String part : field.split("\\.")) {
            node = node.path(part);
        }
        return node.isValueNode() ? node.asString() : "";
    }
}
