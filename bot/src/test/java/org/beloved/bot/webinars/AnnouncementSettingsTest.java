package org.beloved.bot.webinars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnnouncementSettingsTest {

    @Test
    void theWaitDoublesWithEachAttemptUpToAnHour() {
        AnnouncementSettings settings = new AnnouncementSettings(Duration.ofSeconds(1), Duration.ofSeconds(30), 8,
                Duration.ofMinutes(5));

        assertThat(settings.backOff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backOff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backOff(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.backOff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.backOff(1000)).isEqualTo(Duration.ofHours(1));
    }
}
