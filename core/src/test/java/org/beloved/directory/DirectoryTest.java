package org.beloved.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.beloved.directory.DirectoryFixtures.consenting;
import static org.beloved.directory.DirectoryFixtures.registration;
import static org.beloved.directory.DirectoryFixtures.zip;

import org.beloved.shared.Channel;
import org.beloved.testing.CleanDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@CleanDatabase
class DirectoryTest {

    private final Directory directory = DirectoryFixtures.directory(false);

    private long listed(NewCongregation c) {
        RegistrationResult result = directory.register(c);
        assertThat(result.saved()).as(result.problems().toString()).isTrue();
        directory.approve(result.id());
        return result.id();
    }

    @Test
    void aNewRegistrationWaitsForAnOrganizerAndIsNotShownMeanwhile() {
        RegistrationResult result = directory.register(registration("Friends Meeting", "94110"));
        assertThat(result.status()).isEqualTo(Congregation.Status.PENDING);
        assertThat(result.created()).isTrue();
        assertThat(directory.nearest(zip("94110"), null, null).partners()).isEmpty();
        assertThat(directory.listed()).isEmpty();
        assertThat(directory.pending(10)).extracting(Congregation::name).containsExactly("Friends Meeting");

        directory.approve(result.id());
        assertThat(directory.nearest(zip("94110"), null, null).partners()).extracting(Partner::name)
                .containsExactly("Friends Meeting");
        directory.hide(result.id());
        assertThat(directory.listed()).isEmpty();
    }

    @Test
    void autoApproveListsAtOnce() {
        RegistrationResult result = DirectoryFixtures.directory(true).register(registration("Grace Church", "94110"));
        assertThat(result.status()).isEqualTo(Congregation.Status.LISTED);
        assertThat(directory.listed()).hasSize(1);
    }

    @Test
    void theSameCongregationTwiceUpdatesInsteadOfDuplicating() {
        RegistrationResult first = directory.register(registration("St. Mark's Church", "94110"));
        RegistrationResult second = directory.register(registration("  st marks CHURCH ", "94110-1234"));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.created()).isFalse();
        assertThat(directory.pending(10)).hasSize(1);
        RegistrationResult elsewhere = directory.register(registration("St. Mark's Church", "10001"));
        assertThat(elsewhere.id()).isNotEqualTo(first.id());
    }

    @Test
    void itsOwnSubmitterUpdatesAListingInPlaceKeepingWhatWasLeftBlank() {
        long id = listed(consenting("Temple Beth Shalom", "60614"));
        NewCongregation again = new NewCongregation("Temple Beth Shalom", Tradition.JEWISH, "60614", null, "Ben Levi",
                "office@example.org", null, null, true, Channel.SMS, "+14155550177");
        RegistrationResult updated = directory.register(again);
        assertThat(updated.id()).isEqualTo(id);
        assertThat(updated.status()).isEqualTo(Congregation.Status.LISTED);
        Congregation c = directory.find(id).orElseThrow();
        assertThat(c.contactEmail()).isEqualTo("office@example.org");
        assertThat(c.contactPhone()).isEqualTo("+14155550177");
    }

    @Test
    void someoneElsesDetailsForAListedCongregationGoBackToReviewAndKeepNothingOfTheOldContact() {
        long id = listed(consenting("Temple Beth Shalom", "60614"));   // phone shown with consent
        NewCongregation stranger = new NewCongregation("temple beth shalom", Tradition.JEWISH, "60614", null, "Mallory",
                "mallory@example.org", null, null, true, Channel.WEB, null);
        RegistrationResult result = directory.register(stranger);
        assertThat(result.id()).isEqualTo(id);
        assertThat(result.status()).isEqualTo(Congregation.Status.PENDING);
        assertThat(directory.listed()).isEmpty();
        Congregation c = directory.find(id).orElseThrow();
        assertThat(c.contactPhone()).as("the earlier phone is not kept under a stranger's name").isNull();
        assertThat(c.website()).isNull();
    }

    @Test
    void badRegistrationsSayWhatToFix() {
        RegistrationResult result = directory.register(new NewCongregation("X", null, "9411", null, "A", "not-an-email",
                "555", "ftp://x", false, Channel.WEB, "web-1"));
        assertThat(result.saved()).isFalse();
        assertThat(result.problems()).containsExactlyInAnyOrder(RegistrationProblem.NAME, RegistrationProblem.TRADITION,
                RegistrationProblem.ZIP_MALFORMED, RegistrationProblem.CONTACT_NAME, RegistrationProblem.EMAIL,
                RegistrationProblem.PHONE, RegistrationProblem.WEBSITE);
        RegistrationResult noContact = directory.register(new NewCongregation("Grace", Tradition.OTHER, "00000", null,
                "Ana", null, null, null, false, Channel.WEB, "web-1"));
        assertThat(noContact.problems()).containsExactlyInAnyOrder(RegistrationProblem.NO_CONTACT,
                RegistrationProblem.ZIP_UNKNOWN);
    }

    @Test
    void partnersComeNearestFirstWithDistancesAndOnlyConsentedContacts() {
        listed(registration("Mission Friends", "94110"));
        listed(consenting("Oakland Shul", "94612"));
        listed(registration("Far Away Temple", "10001"));
        PartnerSearch search = directory.nearest(zip("94110"), null, null);
        assertThat(search.partners()).extracting(Partner::name).containsExactly("Mission Friends", "Oakland Shul");
        assertThat(search.partners().get(0).distanceMiles()).isEqualTo(0.0);
        assertThat(search.partners().get(1).distanceMiles()).isBetween(8.0, 12.0);
        assertThat(search.partners().get(0).contact()).isNull();
        assertThat(search.partners().get(1).contact()).isEqualTo(
                new PublicContact("Ben Levi", "ben@example.org", "+14155550177", "https://example.org"));
    }

    @Test
    void withNoneInsideTheRadiusTheNearestBeyondIsNamed() {
        listed(registration("Far Away Temple", "10001"));
        PartnerSearch search = directory.nearest(zip("94110"), 25, 5);
        assertThat(search.partners()).isEmpty();
        assertThat(search.nearestBeyond()).get().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Far Away Temple");
            assertThat(p.distanceMiles()).isBetween(2500.0, 2600.0);
        });
        assertThat(directory.nearest(zip("94110"), 250, 20).partners()).isEmpty();
    }

    @Test
    void radiusAndLimitHaveBounds() {
        assertThatThrownBy(() -> directory.nearest(zip("94110"), 251, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> directory.nearest(zip("94110"), 0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> directory.nearest(zip("94110"), 25, 21)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> directory.nearest(zip("94110"), 25, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99501", "99701", "96813", "96720", "00901", "00680", "02134", "00501", "01001"})
    void edgeZipsSearchFromTheirOwnCentroid(String zip) {
        listed(registration("Local Congregation", zip));
        PartnerSearch search = directory.nearest(zip(zip), null, null);
        assertThat(search.partners()).singleElement().satisfies(p -> {
            assertThat(p.zip()).isEqualTo(zip);
            assertThat(p.distanceMiles()).isEqualTo(0.0);
        });
    }

    @Test
    void puertoRicoIsOnTheMap() {
        ZipCode sanJuan = zip("00901");
        assertThat(sanJuan.state()).isEqualTo("PR");
        assertThat(sanJuan.timeZone()).isEqualTo(java.time.ZoneId.of("America/Puerto_Rico"));
        listed(registration("Parroquia San Juan", "00901"));
        assertThat(directory.nearest(zip("00909"), null, null).partners()).extracting(Partner::name)
                .containsExactly("Parroquia San Juan");
    }

    @Test
    void aContactSeesAndRemovesTheirListing() {
        long id = listed(consenting("Oakland Shul", "94612"));
        assertThat(directory.listingsOf(Channel.SMS, "+14155550177")).extracting(Congregation::id).containsExactly(id);
        assertThat(directory.listingsOf(Channel.SMS, "+14155550000")).isEmpty();
        assertThat(directory.removeListingsOf(Channel.SMS, "+14155550177")).isEqualTo(1);
        assertThat(directory.listed()).isEmpty();
    }

    @Test
    void erasingASubmitterClearsTheContactOfTheirListingsAndSendsThemBackToReview() {
        long withEmail = listed(consenting("Oakland Shul", "94612"));
        long phoneOnly = listed(new NewCongregation("Corner Mosque", Tradition.MUSLIM, "94110", null, "Omar",
                null, "+14155550177", null, true, Channel.SMS, "+14155550177"));
        long pending = directory.register(consenting("Berkeley Friends", "94704")).id();
        assertThat(directory.erasePersonalData(Channel.SMS, "+14155550177")).isEqualTo(3);
        for (long id : new long[] {withEmail, phoneOnly}) {
            assertThat(directory.find(id)).get().satisfies(c -> {
                assertThat(c.contactName()).isEmpty();
                assertThat(c.contactEmail()).isNull();
                assertThat(c.contactPhone()).isNull();
                assertThat(c.showContact()).isFalse();
                assertThat(c.status()).as("off the map, waiting for an organizer").isEqualTo(Congregation.Status.PENDING);
            });
        }
        assertThat(directory.find(pending)).as("a pending registration is removed").isEmpty();
        assertThat(directory.listingsOf(Channel.SMS, "+14155550177")).isEmpty();
        assertThat(directory.listed()).isEmpty();
    }

    @Test
    void erasingAPhoneKeepsSomeoneElsesListingWithAnEmailAndHidesOneWithout() {
        long withEmail = listed(new NewCongregation("Oakland Shul", Tradition.JEWISH, "94612", null, "Ben Levi",
                "ben@example.org", "+14155550177", null, true, Channel.WEB, "web-session-1"));
        long phoneOnly = listed(new NewCongregation("Corner Mosque", Tradition.MUSLIM, "94110", null, "Omar",
                null, "+14155550177", null, true, Channel.WEB, "web-session-2"));
        assertThat(directory.erasePersonalData(Channel.SMS, "+14155550177")).isEqualTo(2);
        assertThat(directory.find(withEmail)).get().satisfies(c -> {
            assertThat(c.contactPhone()).isNull();
            assertThat(c.contactName()).isEqualTo("Ben Levi");
            assertThat(c.status()).isEqualTo(Congregation.Status.LISTED);
        });
        assertThat(directory.find(phoneOnly)).get().extracting(Congregation::status).isEqualTo(Congregation.Status.HIDDEN);
    }
}
