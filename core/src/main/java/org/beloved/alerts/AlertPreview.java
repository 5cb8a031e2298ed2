package org.beloved.alerts;

import java.math.BigDecimal;
import java.util.Map;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;

/**
 * What an alert will cost before it is sent: whom it reaches (the opted out left out, as the
 * enqueue leaves them out) and how many SMS segments each language's text, its stop line
 * included, is sent as.
 *
 * @param recipientsByChannel every channel the alert goes on, zero included
 * @param smsRecipientsByLanguage the SMS recipients of each language
 * @param segments the segments of one SMS in each language
 * @param estimatedCostUsd every SMS recipient's segments at {@code beloved.sms.price-per-segment}
 */
public record AlertPreview(int recipients, Map<Channel, Integer> recipientsByChannel,
        Map<Language, Integer> smsRecipientsByLanguage, Map<Language, Integer> segments, BigDecimal estimatedCostUsd) {

    public AlertPreview {
        recipientsByChannel = Map.copyOf(recipientsByChannel);
        smsRecipientsByLanguage = Map.copyOf(smsRecipientsByLanguage);
        segments = Map.copyOf(segments);
    }
}
