package org.beloved.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shipped ZIP table, as the migration loaded it. */
class ZipDataTest {

    private final JdbcClient jdbc = TestDatabase.jdbc();

    @Test
    void everyUsZipIsLoadedOnce() {
        long rows = jdbc.sql("select count(*) from zip_code").query(Long.class).single();
        assertThat(rows).isBetween(40_000L, 43_000L);
        assertThat(jdbc.sql("select count(distinct state) from zip_code").query(Long.class).single())
                .as("50 states, DC and more").isGreaterThanOrEqualTo(51L);
    }

    @Test
    void everyTimeZoneIsOneJavaKnows() {
        for (String zone : jdbc.sql("select distinct time_zone from zip_code").query(String.class).list()) {
            assertThat(ZoneId.of(zone)).as(zone).isNotNull();
        }
    }

    @Test
    void territoriesAreIncluded() {
        assertThat(jdbc.sql("select count(*) from zip_code where state = 'PR'").query(Long.class).single()).isGreaterThan(100L);
        assertThat(jdbc.sql("select time_zone from zip_code where zip = '00802'").query(String.class).single())
                .isEqualTo("America/St_Thomas");
    }

    @Test
    void theMigrationRanOnceAndIsRecorded() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history_directory where script like '%Load_zip_codes%' and success")
                .query(Long.class).single()).isEqualTo(1L);
    }
}
