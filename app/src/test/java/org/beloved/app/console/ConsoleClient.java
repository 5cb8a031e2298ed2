package org.beloved.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.beloved.sms.testing.FakeTwilio;

/**
 * A browser's part in the console, over real HTTP: it keeps its cookies, does not follow redirects,
 * and posts forms with the CSRF token of the last page it read (or without one, when told).
 */
final class ConsoleClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    private final int port;
    private final String clientAddress;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf;

    /**
     * A client from {@code clientAddress} signed in as the organizer with {@code phone}: it asks for a
     * code, reads the new text {@code twilio} received for that phone (within 10 s) and enters its code.
     */
    static ConsoleClient signedIn(int port, String clientAddress, FakeTwilio twilio, String phone)
            throws InterruptedException {
        ConsoleClient browser = new ConsoleClient(port, clientAddress);
        int before = textsTo(twilio, phone).size();
        assertThat(browser.askCode(phone).statusCode()).isEqualTo(302);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (textsTo(twilio, phone).size() == before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<FakeTwilio.Accepted> texts = textsTo(twilio, phone);
        assertThat(texts).as("a code texted to " + phone).hasSizeGreaterThan(before);
        Matcher m = CODE.matcher(texts.get(before).body());
        assertThat(m.find()).isTrue();
        assertThat(browser.enterCode(m.group(1)).headers().firstValue("Location").orElseThrow()).endsWith("/organize/today");
        return browser;
    }

    private static List<FakeTwilio.Accepted> textsTo(FakeTwilio twilio, String phone) {
        return twilio.accepted().stream().filter(a -> a.to().equals(phone)).toList();
    }

    ConsoleClient(int port, String clientAddress) {
        this.port = port;
        this.clientAddress = clientAddress;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path).GET().build());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    /** A form post carrying the CSRF token of the last page read. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrf);
        return postWithout(path, withToken);
    }

    /** A form post of these fields in this order, a name given as often as ticked boxes send it, with the CSRF token. */
    HttpResponse<String> postFields(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> withToken = new ArrayList<>(fields);
        withToken.add(Map.entry("_csrf", csrf));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(withToken))).build());
    }

    private static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** A form post with exactly these fields (no CSRF token unless given). */
    HttpResponse<String> postWithout(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(
                        String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Reads the page a redirect points to, as a browser would. */
    HttpResponse<String> follow(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return get(location.replaceFirst("^https?://[^/]+", ""));
    }

    /** Asks for a code: reads the sign-in page for its token, then posts the target. */
    HttpResponse<String> askCode(String target) {
        get("/organize");
        return post("/organize/sign-in", Map.of("target", target));
    }

    /** Enters a code on the code page. */
    HttpResponse<String> enterCode(String code) {
        get("/organize/code");
        return post("/organize/code", Map.of("code", code));
    }

    Optional<HttpCookie> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION")).findFirst();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("X-Forwarded-For", clientAddress);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
