package org.beloved.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZipCodesTest {

    private final ZipCodes zipCodes = new ZipCodes(new ZipCodeRepository(TestDatabase.jdbc()));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "94110|94110", "' 94110 '|94110", "94110-1234|94110", "941101234|94110", "94110 1234|94110",
        "02134|02134", "00501|00501"})
    void normalizesWhatPeopleType(String typed, String zip) {
        assertThat(ZipCodes.normalize(typed)).contains(zip);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "2134", "941100", "9411O", "94110-12", "hello", "94110-12345"})
    void rejectsWhatIsNotAZipCode(String typed) {
        assertThat(ZipCodes.normalize(typed)).isEmpty();
        assertThat(zipCodes.lookup(typed)).isInstanceOf(ZipLookup.Malformed.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"zip 60614|60614", "my zip is 60614|60614", "mi código postal es 60609|60609",
        "I live in 60614-1234.|60614", "ZIP: 02134|02134"})
    void aShortSentenceThatGivesAZipIsThatZip(String typed, String zip) {
        assertThat(ZipCodes.inMessage(typed)).contains(zip);
        assertThat(zipCodes.lookup(typed)).isInstanceOfSatisfying(ZipLookup.Found.class,
                found -> assertThat(found.zipCode().zip()).isEqualTo(zip));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zip 94110 or 94111", "call 415 555 0101 about 94110", "9411O",
        "we are a church of about 120 people meeting near 94110 every sunday morning at ten"})
    void aSentenceWithOtherNumbersOrTooManyWordsGivesNoZip(String typed) {
        assertThat(ZipCodes.inMessage(typed)).isEmpty();
    }

    @Test
    void theNearestZipToAPointIsTheOneWhoseCentroidIsClosest() {
        ZipCode mission = ((ZipLookup.Found) zipCodes.lookup("94110")).zipCode();
        assertThat(zipCodes.nearest(mission.latitude() + 0.001, mission.longitude() - 0.001)).map(ZipCode::zip).contains("94110");
        assertThat(zipCodes.nearest(41.8781, -87.6298)).map(ZipCode::state).contains("IL");   // the Loop, Chicago
        assertThat(zipCodes.nearest(95, 0)).isEmpty();
        assertThat(zipCodes.nearest(48.8566, 2.3522)).as("Paris").isEmpty();
    }

    @Test
    void nullIsNotAZipCode() {
        assertThat(ZipCodes.normalize(null)).isEmpty();
        assertThat(zipCodes.lookup(null)).isEqualTo(new ZipLookup.Malformed(""));
    }

    @Test
    void findsAZipWithItsPlaceAndTimeZone() {
        ZipLookup lookup = zipCodes.lookup("94110-1234");
        assertThat(lookup).isInstanceOf(ZipLookup.Found.class);
        ZipCode zip = ((ZipLookup.Found) lookup).zipCode();
        assertThat(zip.zip()).isEqualTo("94110");
        assertThat(zip.city()).isEqualTo("San Francisco");
        assertThat(zip.state()).isEqualTo("CA");
        assertThat(zip.county()).isEqualTo("City and County of San Francisco");
        assertThat(zip.timeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(zip.latitude()).isBetween(37.7, 37.8);
        assertThat(zip.longitude()).isBetween(-122.45, -122.38);
    }

    @Test
    void aZipThatDoesNotExistIsUnknown() {
        assertThat(zipCodes.lookup("00000")).isEqualTo(new ZipLookup.Unknown("00000"));
    }

    @ParameterizedTest
    @CsvSource({
        "02134, Allston, MA, America/New_York",
        "99501, Anchorage, AK, America/Anchorage",
        "96813, Honolulu, HI, Pacific/Honolulu",
        "85004, Phoenix, AZ, America/Phoenix",
        "60614, Chicago, IL, America/Chicago",
        "10001, New York, NY, America/New_York"})
    void edgeAndEverydayZips(String typed, String city, String state, String zone) {
        ZipCode zip = ((ZipLookup.Found) zipCodes.lookup(typed)).zipCode();
        assertThat(zip.city()).isEqualTo(city);
        assertThat(zip.state()).isEqualTo(state);
        assertThat(zip.timeZone()).isEqualTo(ZoneId.of(zone));
    }
}
