package org.beloved.webinars;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code beloved.webinars.*}.
 *
 * @param reminderOffsets how long before each webinar reminders go out (ISO-8601, e.g. P1D,PT1H)
 */
@ConfigurationProperties("beloved.webinars")
record WebinarSettings(@DefaultValue({"P1D", "PT1H"}) List<Duration> reminderOffsets) {

    public WebinarSettings {
        reminderOffsets = reminderOffsets.stream().filter(d -> !d.isNegative() && !d.isZero()).distinct()
                .sorted(java.util.Comparator.reverseOrder()).toList();
    }
}
