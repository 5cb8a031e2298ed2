package org.beloved.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void aWindowOverMidnightEndsTheNextMorningOrThisMorning() {
        QuietHours quiet = QuietHours.of("21:00-08:00");
        // 22:30 in Chicago on December 9 (UTC-6)
        assertThat(quiet.until(Instant.parse("2026-12-10T04:30:00Z"), CHICAGO))
                .contains(Instant.parse("2026-12-10T14:00:00Z"));
        // 06:00 in Chicago on December 10
        assertThat(quiet.until(Instant.parse("2026-12-10T12:00:00Z"), CHICAGO))
                .contains(Instant.parse("2026-12-10T14:00:00Z"));
        // 08:00 and 20:59 are not quiet
        assertThat(quiet.until(Instant.parse("2026-12-10T14:00:00Z"), CHICAGO)).isEmpty();
        assertThat(quiet.until(Instant.parse("2026-12-11T02:59:00Z"), CHICAGO)).isEmpty();
    }

    @Test
    void aWindowWithinOneDayAndOff() {
        QuietHours quiet = QuietHours.of("12:00-13:30");
        assertThat(quiet.until(Instant.parse("2026-12-10T18:15:00Z"), CHICAGO))
                .contains(Instant.parse("2026-12-10T19:30:00Z"));
        assertThat(quiet.until(Instant.parse("2026-12-10T17:59:00Z"), CHICAGO)).isEmpty();
        assertThat(QuietHours.of("off").until(Instant.parse("2026-12-10T04:30:00Z"), CHICAGO)).isEmpty();
        assertThat(QuietHours.of("OFF").until(Instant.parse("2026-12-10T10:30:00Z"), CHICAGO)).isEmpty();
    }

    @Test
    void aBadSettingIsRefusedWithItsName() {
        for (String bad : new String[] {"", "21-8", "21:00", "25:00-08:00", "08:00-08:00", "never"}) {
            assertThatThrownBy(() -> QuietHours.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("beloved.messaging.quiet-hours");
        }
    }
}
