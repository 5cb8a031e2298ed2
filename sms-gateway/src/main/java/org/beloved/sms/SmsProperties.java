package org.beloved.sms;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code beloved.sms.*}: the Twilio account Beloved texts through.
 *
 * @param accountSid the Twilio account (AC…)
 * @param authToken signs webhooks and authenticates API calls; without it the SMS adapter stays off
 * @param messagingServiceSid send through this Messaging Service (MG…), or
 * @param fromNumber send from this number (E.164); one of the two is required when on
 * @param publicUrl the https base URL Twilio calls, as Twilio sees it (behind any proxy)
 * @param apiBaseUrl Twilio's REST API; tests and proxies point it elsewhere
 * @param carrierHandlesOptOut whether Twilio answers STOP itself (then Beloved stays silent)
 * @param replySegmentBudget the most SMS segments one reply may take before it is paged
 * @param rateLimit how many messages one sender may send in {@code rateWindow} before the bot goes quiet
 * @param rateWindow the window of the per-sender limit
 * @param webhookOverrides Twilio's connection overrides written after {@code #} in the webhook URLs
 *     configured at Twilio (e.g. {@code rc=3&rp=5xx}); a signature over the URL with them counts
 *     as well as one over the URL without them
 */
@Validated
@ConfigurationProperties("beloved.sms")
public record SmsProperties(
        String accountSid,
        String authToken,
        String messagingServiceSid,
        String fromNumber,
        URI publicUrl,
        @DefaultValue("https://api.twilio.com") URI apiBaseUrl,
        @DefaultValue("true") boolean carrierHandlesOptOut,
        @Min(1) @DefaultValue("3") int replySegmentBudget,
        @Min(1) @DefaultValue("30") int rateLimit,
        @DefaultValue("10m") java.time.Duration rateWindow,
        @Pattern(regexp = "|[a-z]+=[^&#\\s]+(&[a-z]+=[^&#\\s]+)*",
                message = "must be key=value pairs joined by & without the leading #, e.g. rc=3&rp=5xx")
        String webhookOverrides) {

    public boolean enabled() {
        return authToken != null && !authToken.isBlank();
    }

    /** With the adapter on, the settings it cannot work without; fails start-up with what is missing. */
    void requireComplete() {
        StringBuilder missing = new StringBuilder();
        if (blank(accountSid)) {
            missing.append(" beloved.sms.account-sid");
        }
        if (publicUrl == null) {
            missing.append(" beloved.sms.public-url");
        }
        if (blank(messagingServiceSid) && blank(fromNumber)) {
            missing.append(" beloved.sms.messaging-service-sid-or-from-number");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The SMS adapter is on (beloved.sms.auth-token is set) but lacks:" + missing);
        }
    }

    /** The URL Twilio signs for {@code path}: {@code public-url} + path, as Twilio called it. */
    String signedUrl(String path) {
        return publicUrl.toString().replaceAll("/+$", "") + path;
    }

    /**
     * The URLs Twilio may have signed for {@code path}: {@link #signedUrl} and, with
     * {@code webhook-overrides} set, the same URL with them as its fragment, as configured at Twilio.
     */
    List<String> signedUrls(String path) {
        String url = signedUrl(path);
        return blank(webhookOverrides) ? List.of(url) : List.of(url, url + "#" + webhookOverrides);
    }

    /** Whether {@code address} is our From number (messages from it are loops). */
    boolean isOwnNumber(String address) {
        return address != null && address.equals(fromNumber);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
