package org.beloved.sms.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Webhook requests made the way Twilio makes them: form-encoded fields, signed with HMAC-SHA1 of
 * the public URL followed by each field name and value in name order, keyed by the auth token.
 */
public final class TwilioWebhooks {

    public static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
    public static final String AUTH_TOKEN = "test-auth-token-1234567890";
    public static final String PUBLIC_URL = "https://bot.example.org";
    public static final String OUR_NUMBER = "+15005550006";

    /** The SMS adapter's settings for a test context: these credentials, Twilio's REST API played by {@code twilio}. */
    public static void smsSettings(DynamicPropertyRegistry registry, FakeTwilio twilio) {
        registry.add("beloved.sms.account-sid", () -> ACCOUNT_SID);
        registry.add("beloved.sms.auth-token", () -> AUTH_TOKEN);
        registry.add("beloved.sms.public-url", () -> PUBLIC_URL);
        registry.add("beloved.sms.from-number", () -> OUR_NUMBER);
        registry.add("beloved.sms.api-base-url", twilio::baseUrl);
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private TwilioWebhooks() {
    }

    /** The fields of an incoming SMS as Twilio posts them. */
    public static Map<String, String> sms(String sid, String from, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ToCountry", "US");
        form.put("ToState", "CA");
        form.put("SmsMessageSid", sid);
        form.put("NumMedia", "0");
        form.put("ToCity", "");
        form.put("FromZip", "94110");
        form.put("SmsSid", sid);
        form.put("FromState", "CA");
        form.put("SmsStatus", "received");
        form.put("FromCity", "SAN FRANCISCO");
        form.put("Body", body);
        form.put("FromCountry", "US");
        form.put("To", OUR_NUMBER);
        form.put("MessagingServiceSid", "MG00000000000000000000000000000001");
        form.put("ToZip", "");
        form.put("NumSegments", "1");
        form.put("MessageSid", sid);
        form.put("AccountSid", ACCOUNT_SID);
        form.put("From", from);
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    public static String signature(String url, Map<String, String> form, String token) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((k, v) -> data.append(k).append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** POSTs the form to the running app at {@code path}, signed for {@code signedUrl}; null signature: none. */
    public static HttpResponse<String> post(int port, String path, Map<String, String> form, String signature) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("User-Agent", "TwilioProxy/1.1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A correctly signed webhook, as Twilio would send it to {@code PUBLIC_URL + path}. */
    public static HttpResponse<String> signedPost(int port, String path, Map<String, String> form) {
        return post(port, path, form, signature(PUBLIC_URL + path, form, AUTH_TOKEN));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
