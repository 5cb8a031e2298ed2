package org.beloved.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.beloved.BelovedApplication;
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

/**
 * Malformed requests to every HTTP endpoint (pages, JSON API, Twilio's webhooks, static files,
 * health) get a 4xx and at most one log line, never a 500 or a stack trace. Requests are written on
 * a raw socket, byte for byte, so that they can be as wrong as a stranger's.
 */
@CleanDatabase
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"beloved.admin.token=organizer-secret", "beloved.sms.account-sid=" + TwilioWebhooks.ACCOUNT_SID,
            "beloved.sms.auth-token=" + TwilioWebhooks.AUTH_TOKEN, "beloved.sms.public-url=" + TwilioWebhooks.PUBLIC_URL,
            "beloved.sms.from-number=" + TwilioWebhooks.OUR_NUMBER, "beloved.sms.api-base-url=http://127.0.0.1:9"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class MalformedRequestsTest {

    /** Every URL Beloved answers, one of each kind. */
    static final List<String> EVERY_URL = List.of("/", "/?lang=es", "/toolkit", "/toolkit/3", "/toolkit.pdf",
            "/api/partners?zip=94110", "/api/congregations.geojson", "/api/webinars", "/webinars.ics",
            "/api/registrations", "/api/simulator", "/api/admin/webinars", "/api/admin/webinars/1", "/sms/inbound",
            "/sms/status", "/actuator/health", "/style.css", "/home.js", "/no/such/page");

    private static final String BOUNDARY = "----BelovedBoundary7MA4YWxkTrZu0gW";

    @LocalServerPort
    int port;

    /** The status code of a raw HTTP/1.1 request (with the admin token); the connection is closed after the answer. */
    private int status(String method, String target, String contentType, byte[] body) {
        return status(method, target, contentType, "", body);
    }

    /** The same with {@code extraHeaders}, each line ending in CR LF. */
    private int status(String method, String target, String contentType, String extraHeaders, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\nAccept: text/html,application/json;q=0.9\r\n"
                    + "Authorization: Bearer organizer-secret\r\n" + extraHeaders);
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            request.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                request.write(body);
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(statusLine.substring(9, 12));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int post(String target, String contentType, String body) {
        return status("POST", target, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String multipart() {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"Body\"\r\n\r\nHELP\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello\r\n--" + BOUNDARY + "--\r\n";
    }

    private static final Pattern QUARTZ_LINE =
            Pattern.compile(" (o\\.s\\.s\\.quartz|org\\.quartz)\\.[\\w.]+ +: ");

    private static void assertNoStackTrace(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain("ERROR");
    }

    /** A 4xx: the request was wrong, and Beloved said so. */
    private static void assertClientError(int status, String what) {
        assertThat(status).as(what).isBetween(400, 499);
    }

    @Test
    void aWellFormedTwilioFormWithoutACharsetIsStillReadAsUtf8() {
        java.util.Map<String, String> form = TwilioWebhooks.sms("SM00000000000000000000000000000777", "+14155550177", "ESPAÑOL");
        String body = form.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(java.util.stream.Collectors.joining("&"));
        String signature = TwilioWebhooks.signature(TwilioWebhooks.PUBLIC_URL + "/sms/inbound", form, TwilioWebhooks.AUTH_TOKEN);
        int status = status("POST", "/sms/inbound", "application/x-www-form-urlencoded",
                "X-Twilio-Signature: " + signature + "\r\n", body.getBytes(StandardCharsets.US_ASCII));
        assertThat(status).isEqualTo(200);
        assertThat(org.beloved.testing.TestDatabase.jdbc().sql("select body from inbound_message where sender = '+14155550177'")
                .query(String.class).single()).isEqualTo("ESPAÑOL");
    }

    @Test
    void multipartOnTheHomePageIsA4xxWithOneLogLineAndNoStackTrace(CapturedOutput output) {
        int before = output.getAll().length();
        int status = post("/", "multipart/form-data; boundary=" + BOUNDARY, multipart());
        assertClientError(status, "multipart on /");
        String logged = output.getAll().substring(before);
        // Quartz's cluster manager logs on its own thread whenever a loaded machine delays its check-in: not this request.
        assertThat(logged.lines().filter(l -> !l.isBlank()).filter(l -> !QUARTZ_LINE.matcher(l).find()).count())
                .as(logged).isLessThanOrEqualTo(1);
        assertNoStackTrace(output);
    }

    @Test
    void multipartOnEveryUrlIsA4xx(CapturedOutput output) {
        for (String url : EVERY_URL) {
            assertClientError(post(url, "multipart/form-data; boundary=" + BOUNDARY, multipart()), "multipart " + url);
            assertClientError(post(url, "multipart/form-data", "not really multipart"), "boundless multipart " + url);
            assertClientError(status("PUT", url, "multipart/form-data; boundary=" + BOUNDARY,
                    multipart().getBytes(StandardCharsets.UTF_8)), "multipart PUT " + url);
        }
        assertNoStackTrace(output);
    }

    @Test
    void theWrongContentTypeIs415(CapturedOutput output) {
        for (String url : List.of("/api/registrations", "/api/simulator", "/api/admin/webinars")) {
            assertThat(post(url, "text/plain", "{\"name\":\"x\"}")).as(url).isEqualTo(415);
            assertThat(post(url, "application/x-www-form-urlencoded", "name=x")).as(url).isEqualTo(415);
        }
        for (String url : List.of("/sms/inbound", "/sms/status")) {
            assertThat(post(url, "application/json", "{\"Body\":\"HELP\"}")).as(url).isEqualTo(415);
            assertThat(post(url, "text/xml", "<Body>HELP</Body>")).as(url).isEqualTo(415);
        }
        for (String url : EVERY_URL) {
            assertClientError(post(url, "this is not a media type", "x"), "nonsense content type " + url);
            assertClientError(post(url, "application/json; charset=no-such-charset", "{}"), "unknown charset " + url);
        }
        assertNoStackTrace(output);
    }

    @Test
    void bodiesThatDoNotParseAre400(CapturedOutput output) {
        for (String url : List.of("/api/registrations", "/api/simulator", "/api/admin/webinars")) {
            assertThat(post(url, "application/json", "{bad")).as(url).isEqualTo(400);
            assertThat(post(url, "application/json", "[1, 2]")).as(url).isEqualTo(400);
            assertThat(post(url, "application/json", "")).as(url).isEqualTo(400);
            assertThat(post(url, "application/json", "{\"name\": {\"deep\": [[[[[[]]]]]]}}")).as(url).isEqualTo(400);
        }
        assertNoStackTrace(output);
    }

    @Test
    void badEncodingIsA4xx(CapturedOutput output) {
        byte[] notUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        for (String url : List.of("/api/registrations", "/api/simulator", "/api/admin/webinars")) {
            assertThat(status("POST", url, "application/json", notUtf8)).as(url).isEqualTo(400);
        }
        for (String url : List.of("/sms/inbound", "/sms/status")) {
            assertClientError(post(url, "application/x-www-form-urlencoded", "Body=%zz&From=%2"), "bad escapes " + url);
            assertClientError(post(url, "application/x-www-form-urlencoded", "Body=%C3%28%FF&From=x"), "not UTF-8 " + url);
            assertClientError(post(url, "application/x-www-form-urlencoded; charset=no-such", "Body=x"), "charset " + url);
        }
        for (String url : List.of("/?lang=%zz", "/toolkit/%zz", "/api/partners?zip=%C3%28", "/api/partners?zip=%00",
                "/?lang=%00", "/toolkit?lang=%FF%FE", "/api/partners?lat=%00&lon=1", "/%2e%2e/%2e%2e/etc/passwd")) {
            assertThat(status("GET", url, null, null)).as("GET " + url).isLessThan(500);
        }
        assertNoStackTrace(output);
    }
}
