package org.beloved.sms;

import jakarta.validation.constraints.Min;
import java.net.URI;
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
        @Min(1) @DefaultValue("3") int replySegmentBudget) {

    public boolean enabled() {
        return authToken != null && !authToken.isBlank();
    }
}
