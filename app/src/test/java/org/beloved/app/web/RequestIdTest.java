package org.beloved.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.beloved.BelovedApplication;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every line logged for a request carries its id: the proxy's {@code X-Request-Id} when it is a
 * plain token, else a new one; the answer carries it back. Shown through the SMS webhook's own log line.
 */
@CleanDatabase
@ExtendWith(OutputCaptureExtension.class)
// The webhook's line per text is DEBUG (InboundSummary writes INFO at most once a minute).
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.org.beloved.sms.InboundSmsController=debug")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class RequestIdTest {

    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void smsSettings(DynamicPropertyRegistry registry) {
        TwilioWebhooks.smsSettings(registry, TWILIO);
    }

    /** A signed inbound SMS with this X-Request-Id (none when null). */
    private HttpResponse<String> text(String sid, String requestId) throws Exception {
        Map<String, String> form = TwilioWebhooks.sms(sid, "+14155550191", "HELP");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sms/inbound"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", TwilioWebhooks.signature(TwilioWebhooks.PUBLIC_URL + "/sms/inbound", form,
                        TwilioWebhooks.AUTH_TOKEN))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static List<String> linesAbout(CapturedOutput output, String sid) {
        return Arrays.stream(output.getOut().split("\n")).filter(l -> l.contains("SMS " + sid + " from")).toList();
    }

    @Test
    void theProxysRequestIdIsInTheLogLineAndTheAnswer() throws Exception {
        String sid = "SM%032d".formatted(1901);
        HttpResponse<String> response = text(sid, "edge-7f3a.42_x");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("edge-7f3a.42_x");
    }

    @Test
    void theLogLinesOfARequestCarryItsId(CapturedOutput output) throws Exception {
        String sid = "SM%032d".formatted(1902);
        text(sid, "edge-1902");
        assertThat(linesAbout(output, sid)).singleElement().asString().contains("[edge-1902] ");
    }

    @Test
    void withoutOrWithAForgedHeaderANewIdIsMade(CapturedOutput output) throws Exception {
        String sid = "SM%032d".formatted(1903);
        String made = text(sid, null).headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(made).matches("[0-9a-f-]{36}");
        assertThat(linesAbout(output, sid)).singleElement().asString().contains("[" + made + "] ");

        String forged = text("SM%032d".formatted(1904), "x] INFO admin logged in").headers().firstValue("X-Request-Id")
                .orElseThrow();
        assertThat(forged).matches("[0-9a-f-]{36}");
    }
}
