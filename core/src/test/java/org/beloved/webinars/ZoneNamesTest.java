package org.beloved.webinars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.beloved.shared.Language;
import org.junit.jupiter.api.Test;

class ZoneNamesTest {

    private static String en(String zone) {
        return ZoneNames.of(ZoneId.of(zone), Language.EN);
    }

    private static String es(String zone) {
        return ZoneNames.of(ZoneId.of(zone), Language.ES);
    }

    @Test
    void usZonesHaveTheirEverydayNamesInBothLanguages() {
        assertThat(en("Pacific/Honolulu")).isEqualTo("Hawaii time");
        assertThat(es("Pacific/Honolulu")).isEqualTo("hora de Hawái");
        assertThat(en("America/Los_Angeles")).isEqualTo("Pacific time");
        assertThat(es("America/Los_Angeles")).isEqualTo("hora del Pacífico");
        assertThat(en("America/Chicago")).isEqualTo("Central time");
        assertThat(es("America/Chicago")).isEqualTo("hora del centro");
        assertThat(en("America/Indiana/Indianapolis")).isEqualTo("Eastern time");
        assertThat(es("America/Detroit")).isEqualTo("hora del este");
        assertThat(en("America/Boise")).isEqualTo("Mountain time");
        assertThat(en("America/Phoenix")).isEqualTo("Arizona time");
        assertThat(es("America/Anchorage")).isEqualTo("hora de Alaska");
        assertThat(es("America/Puerto_Rico")).isEqualTo("hora de Puerto Rico");
    }

    @Test
    void otherZonesFallBackToTheirNamesNeverTheirIds() {
        assertThat(en("Europe/Madrid")).isEqualTo("Central European time");
        assertThat(es("Europe/Madrid")).isEqualTo("hora de Europa central");
        assertThat(ZoneNames.of(ZoneOffset.UTC, Language.EN)).isEqualTo("UTC time");
        assertThat(ZoneNames.of(ZoneOffset.UTC, Language.ES)).isEqualTo("hora UTC");
        assertThat(ZoneNames.of(ZoneOffset.ofHours(-5), Language.EN)).isEqualTo("UTC-05:00 time");
    }
}
