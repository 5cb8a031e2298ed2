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

    @Test
    void everyZipHasItsCountyFipsCodeButTheMarshallIslands() {
        assertThat(jdbc.sql("select county_fips from zip_code where zip in ('78701', '60614', '70112', '00501') order by zip")
                .query(String.class).list()).containsExactly("36103", "17031", "22071", "48453");
        assertThat(jdbc.sql("select distinct state from zip_code where county_fips is null").query(String.class).list())
                .as("the Marshall Islands, a freely associated state, have no county equivalent").containsExactly("MH");
        assertThat(jdbc.sql("select count(*) from zip_code where substr(county_fips, 1, 2) = '48' and state <> 'TX'")
                .query(Long.class).single()).as("Texas FIPS codes only in Texas").isZero();
        assertThat(jdbc.sql("select count(distinct county_fips) from zip_code").query(Long.class).single())
                .as("about 3,140 counties and county equivalents, Puerto Rico's 78 municipios, 3 Virgin Islands")
                .isBetween(3_200L, 3_300L);
    }

    @Test
    void puertoRicoAndTheVirginIslandsZipsHaveTheirMunicipioOrIsland() {
        assertThat(jdbc.sql("select zip || ' ' || county_fips || ' ' || county from zip_code"
                        + " where zip in ('00601', '00901', '00926', '00802', '00820', '00830') order by zip")
                .query(String.class).list()).containsExactly("00601 72001 Adjuntas", "00802 78030 St. Thomas",
                        "00820 78010 St. Croix", "00830 78020 St. John", "00901 72127 San Juan", "00926 72127 San Juan");
        assertThat(jdbc.sql("select count(*) from zip_code where state = 'PR' and (county = '' or substr(county_fips, 1, 2) <> '72')")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from zip_code where state = 'VI' and (county = '' or substr(county_fips, 1, 2) <> '78')")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(distinct county_fips) from zip_code where state = 'PR'").query(Long.class).single())
                .as("every municipio has a ZIP").isEqualTo(78L);
        assertThat(jdbc.sql("select county from zip_code where county_fips = '72097' limit 1").query(String.class).single())
                .as("names keep their accents").isEqualTo("Mayagüez");
    }

    @Test
    void zipCodesKnowCountiesByFips() {
        ZipCodes zipCodes = DirectoryFixtures.zipCodes();
        assertThat(zipCodes.countyFips("78701")).contains("48453");
        assertThat(zipCodes.countyFips("00601")).contains("72001");
        assertThat(zipCodes.countyFips("96960")).isEmpty();
        assertThat(zipCodes.countyFips("99999")).isEmpty();
        assertThat(zipCodes.counties()).contains(new ZipCounty("48453", "Travis", "TX"), new ZipCounty("17031", "Cook", "IL"),
                        new ZipCounty("72127", "San Juan", "PR"), new ZipCounty("78010", "St. Croix", "VI"))
                .isSortedAccordingTo(java.util.Comparator.comparing(ZipCounty::fips))
                .hasSize(jdbc.sql("select count(distinct county_fips) from zip_code").query(Long.class).single().intValue());
    }
}
