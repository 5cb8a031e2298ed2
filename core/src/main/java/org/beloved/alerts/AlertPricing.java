package org.beloved.alerts;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code beloved.sms.price-per-segment}: what one SMS segment costs, in US dollars, for an alert's
 * estimated cost (Twilio's US long-code price by default). The rest of {@code beloved.sms} is the SMS adapter's.
 */
@ConfigurationProperties("beloved.sms")
record AlertPricing(@DefaultValue("0.0079") BigDecimal pricePerSegment) {

    AlertPricing {
        if (pricePerSegment == null || pricePerSegment.signum() < 0) {
            throw new IllegalArgumentException("beloved.sms.price-per-segment must be zero or more (US dollars)");
        }
    }
}
