package org.beloved.sms;

import org.beloved.alerts.SmsSegments;
import org.springframework.stereotype.Component;

/** An alert's SMS segments as this adapter sends the text: GSM-7 twins first, then {@link Segments}. */
@Component
class SmsAlertSegments implements SmsSegments {

    @Override
    public int count(String text) {
        return Segments.count(GsmText.twins(text));
    }
}
