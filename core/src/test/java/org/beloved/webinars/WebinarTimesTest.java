package org.beloved.webinars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.beloved.shared.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebinarTimesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // one instant, four subscribers
        "2026-12-09T01:00:00Z|America/Chicago|Tue Dec 8, 7:00 PM CST",
        "2026-12-09T01:00:00Z|America/New_York|Tue Dec 8, 8:00 PM EST",
        "2026-12-09T01:00:00Z|America/Phoenix|Tue Dec 8, 6:00 PM MST",
        "2026-12-09T01:00:00Z|Pacific/Honolulu|Tue Dec 8, 3:00 PM HST",
        // across the DST change of March 8, 2026: the same 7 PM Chicago webinar, an hour apart in UTC
        "2026-03-06T01:00:00Z|America/Chicago|Thu Mar 5, 7:00 PM CST",
        "2026-03-13T00:00:00Z|America/Chicago|Thu Mar 12, 7:00 PM CDT",
        "2026-03-13T00:00:00Z|America/Phoenix|Thu Mar 12, 5:00 PM MST",
        "2026-03-13T00:00:00Z|Pacific/Honolulu|Thu Mar 12, 2:00 PM HST"})
    void eachSubscriberSeesTheirOwnLocalTime(String instant, String zone, String expected) {
        assertThat(WebinarTimes.format(Instant.parse(instant), ZoneId.of(zone), Language.EN)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2026-12-09T01:00:00Z|America/Chicago|19:00 CST"})
    void inSpanishWithA24HourClock(String instant, String zone, String expected) {
        assertThat(WebinarTimes.format(Instant.parse(instant), ZoneId.of(zone), Language.ES)).endsWith(expected).contains("8");
    }
}
