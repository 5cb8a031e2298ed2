package org.beloved.sms;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Checks that a webhook really comes from our Twilio account: the {@code X-Twilio-Signature}
 * over {@code public-url} + path and the form fields, compared in constant time, and the
 * AccountSid field. Signing over the public URL keeps it valid behind a TLS-terminating proxy,
 * where the URL this server sees differs from the one Twilio called. With {@code webhook-overrides}
 * set, a signature over the URL with that fragment counts too: Twilio's documentation does not say
 * whether the fragment of a webhook URL is part of what it signs.
 *
 * <p>The algorithm is the Twilio SDK's {@code RequestValidator.validate(url, params, signature)},
 * which accepts a signature over the URL with its default port written out or left out
 * ({@code TwilioSignaturesTest} checks that both agree): HMAC-SHA1, keyed with the auth token, of
 * the URL followed by each field's name and value in name order, in Base64. Done here because the
 * SDK looks up a new {@code Mac} and computes both signatures for every webhook (a fifth of a
 * webhook's CPU, JFR); here the URL variants are worked out once per path, each thread keeps its
 * {@code Mac}, and the second variant is computed only when the first does not match.
 */
@Component
class TwilioSignatures {

    private static final String HMAC = "HmacSHA1";

    private final SmsProperties properties;
    private final ThreadLocal<Mac> macs;
    /** Per path, the URLs a valid signature may be over. */
    private final Map<String, List<String>> urls = new ConcurrentHashMap<>();

    TwilioSignatures(SmsProperties properties) {
        this.properties = properties;
        this.macs = ThreadLocal.withInitial(() -> mac(properties.authToken()));
    }

    boolean verify(String path, Map<String, String> form, String signature) {
        if (!properties.enabled() || signature == null || signature.isBlank()) {
            return false;
        }
        String fields = fields(form);
        byte[] expected = signature.getBytes(StandardCharsets.UTF_8);
        for (String url : urls.computeIfAbsent(path, this::signedUrls)) {
            if (MessageDigest.isEqual(expected, sign(url + fields))) {
                return sameAccount(form.get("AccountSid"));
            }
        }
        return false;
    }

    /** Each URL Twilio may have signed for {@code path}, with its default port written out and left out, as the SDK. */
    private List<String> signedUrls(String path) {
        List<String> variants = new ArrayList<>();
        for (String url : properties.signedUrls(path)) {
            for (String variant : List.of(withoutPort(url), withPort(url))) {
                if (!variants.contains(variant)) {
                    variants.add(variant);
                }
            }
        }
        return List.copyOf(variants);
    }

    /** The form's fields as signed: each name and its value, in name order. */
    private static String fields(Map<String, String> form) {
        StringBuilder data = new StringBuilder();
        form.keySet().stream().sorted().forEach(name -> data.append(name).append(Objects.requireNonNullElse(form.get(name), "")));
        return data.toString();
    }

    private byte[] sign(String data) {
        byte[] digest = macs.get().doFinal(data.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encode(digest);
    }

    private static Mac mac(String authToken) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is not available", e);
        }
    }

    /** The SDK's {@code addPort}: a URL without a port gets its scheme's (443 for https, else 80). */
    static String withPort(String url) {
        try {
            URI uri = new URI(url);
            return uri.getPort() != -1 ? url : port(uri, "https".equals(uri.getScheme()) ? 443 : 80);
        } catch (Exception e) {
            return url;
        }
    }

    /** The SDK's {@code removePort}: a URL with a port loses it. */
    static String withoutPort(String url) {
        try {
            URI uri = new URI(url);
            return uri.getPort() == -1 ? url : port(uri, -1);
        } catch (Exception e) {
            return url;
        }
    }

    private static String port(URI uri, int port) throws Exception {
        return new URI(uri.getScheme(), uri.getUserInfo(), uri.getHost(), port, uri.getPath(), uri.getQuery(),
                uri.getFragment()).toString();
    }

    private boolean sameAccount(String accountSid) {
        return accountSid != null && MessageDigest.isEqual(accountSid.getBytes(StandardCharsets.UTF_8),
                properties.accountSid().getBytes(StandardCharsets.UTF_8));
    }
}
