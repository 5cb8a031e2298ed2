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
                "office@example.org", null, null, true, false, Channel.SMS, "+14155550177");
        RegistrationResult updated = directory.register(again);
        assertThat(updated.id()).isEqualTo(id);
        assertThat(updated.claimed()).isFalse();
        assertThat(updated.status()).isEqualTo(Congregation.Status.LISTED);
        Congregation c = directory.find(id).orElseThrow();
        assertThat(c.contactEmail()).isEqualTo("office@example.org");
        assertThat(c.contactPhone()).isEqualTo("+14155550177");
        assertThat(c.showPhone()).as("the phone kept keeps its own yes").isTrue();
        assertThat(directory.pendingClaims(10)).isEmpty();
    }

    // Until issue 13 someone else's registration replaced the contact and sent the listing back to
    // review (a takeover); now it never changes the listing and waits as a claim.
    @Test
    void someoneElsesRegistrationForAListingBecomesAClaimAndChangesNothing() {
        long id = listed(consenting("Temple Beth Shalom", "60614"));   // email and phone shown with consent
        Congregation before = directory.find(id).orElseThrow();
        NewCongregation stranger = new NewCongregation("temple  BETH shalom!", Tradition.OTHER, "60614", null, "Mallory",
                "mallory@example.org", null, null, true, false, Channel.WEB, null);
        RegistrationResult result = directory.register(stranger);
        assertThat(result.saved()).isTrue();
        assertThat(result.claimed()).isTrue();
        assertThat(result.id()).isEqualTo(id);
        assertThat(result.status()).isEqualTo(Congregation.Status.LISTED);
        assertThat(directory.find(id)).contains(before);
        assertThat(directory.listed()).extracting(PublicListing::id).containsExactly(id);
        assertThat(directory.pending(10)).isEmpty();
        assertThat(directory.pendingClaims(10)).singleElement().satisfies(claim -> {
            assertThat(claim.id()).isEqualTo(result.claimId());
            assertThat(claim.listing()).isEqualTo(before);
            assertThat(claim.contactName()).isEqualTo("Mallory");
            assertThat(claim.contactEmail()).isEqualTo("mallory@example.org");
            assertThat(claim.sourceChannel()).isEqualTo("WEB");
        });
    }

    @Test
    void aClaimFromAnotherPhoneOrAnotherChannelIsNoUpdateEvenFromTheSameAddress() {
        long id = listed(consenting("Temple Beth Shalom", "60614"));
        assertThat(directory.register(new NewCongregation("Temple Beth Shalom", Tradition.JEWISH, "60614", null, "Eve",
                "eve@example.org", "+14155550666", null, true, true, Channel.SMS, "+14155550666")).claimed()).isTrue();
        assertThat(directory.register(new NewCongregation("Temple Beth Shalom", Tradition.JEWISH, "60614", null, "Eve",
                "eve@example.org", null, null, true, false, Channel.DISCORD, "+14155550177")).claimed()).isTrue();
        assertThat(directory.find(id).orElseThrow().contactName()).isEqualTo("Ben Levi");
        assertThat(directory.pendingClaims(10)).hasSize(2);
    }

    @Test
    void theSameClaimantClaimingAgainReplacesTheirPendingClaim() {
        listed(consenting("Temple Beth Shalom", "60614"));
        NewCongregation first = new NewCongregation("Temple Beth Shalom", Tradition.JEWISH, "60614", null, "Eve",
                "eve@example.org", "+14155550666", null, false, false, Channel.SMS, "+14155550666");
        long claim = directory.register(first).claimId();
        NewCongregation again = new NewCongregation("Temple Beth Shalom", Tradition.JEWISH, "60614", null, "Eve Adams",
                "eve@example.org", "+14155550666", null, true, false, Channel.SMS, "+14155550666");
        assertThat(directory.register(again).claimId()).isEqualTo(claim);
        assertThat(directory.pendingClaims(10)).singleElement().extracting(Claim::contactName).isEqualTo("Eve Adams");
    }

    @Test
    void approvingAClaimHandsTheListingToTheClaimantsContact() {
        long id = listed(consenting("Temple Beth Shalom", "60614"));
        long claim = directory.register(new NewCongregation("TEMPLE BETH SHALOM", Tradition.JEWISH, "60614", null,
                "Rabbi Sara", "sara@example.org", "+14155550333", null, true, false, Channel.SMS, "+14155550333"))
                .claimId();
        assertThat(directory.resolveClaim(claim, true)).get().extracting(c -> c.listing().id()).isEqualTo(id);
        Congregation c = directory.find(id).orElseThrow();
        assertThat(c.name()).isEqualTo("Temple Beth Shalom");
        assertThat(c.status()).isEqualTo(Congregation.Status.LISTED);
        assertThat(c.contactName()).isEqualTo("Rabbi Sara");
        assertThat(c.contactEmail()).isEqualTo("sara@example.org");
        assertThat(c.contactPhone()).isEqualTo("+14155550333");
        assertThat(c.website()).as("nothing of the earlier contact is kept").isNull();
        assertThat(directory.nearest(zip("60614"), null, null).partners()).singleElement()
                .extracting(Partner::contact).isEqualTo(new PublicContact("Rabbi Sara", "sara@example.org", null, null));
        assertThat(directory.listingsOf(Channel.SMS, "+14155550333")).extracting(Congregation::id).containsExactly(id);
        assertThat(directory.listingsOf(Channel.SMS, "+14155550177")).isEmpty();
        assertThat(directory.pendingClaims(10)).isEmpty();
        assertThat(directory.resolveClaim(claim, false)).as("decided once").isEmpty();
        assertThat(directory.find(id).orElseThrow().contactName()).isEqualTo("Rabbi Sara");
    }

    @Test
    void rejectingAClaimLeavesTheListingUntouched() {
        long id = listed(consenting("Temple Beth Shalom", "60614"));
        Congregation before = directory.find(id).orElseThrow();
        long claim = directory.register(new NewCongregation("Temple Beth Shalom", Tradition.JEWISH, "60614", null,
                "Mallory", "mallory@example.org", null, null, true, false, Channel.WEB, null)).claimId();
        assertThat(directory.resolveClaim(claim, false)).isPresent();
        assertThat(directory.find(id)).contains(before);
        assertThat(directory.pendingClaims(10)).isEmpty();
        assertThat(directory.resolveClaim(claim, true)).as("a rejected claim cannot be approved later").isEmpty();
        assertThat(directory.find(id)).contains(before);
    }

    @Test
    void nameKeysFoldCaseAccentsPunctuationSpacingAndInvisibleCharactersOnly() {
        String key = Registrations.nameKey("St. Mary's Church");
        assertThat(Registrations.nameKey("st marys church")).isEqualTo(key);
        assertThat(Registrations.nameKey("  ST. MARY\u2019S   CHURCH!! ")).isEqualTo(key);
        assertThat(Registrations.nameKey("St. Ma\u200bry's Chu\u00adrch\ufeff")).isEqualTo(key);
        assertThat(Registrations.nameKey("Saint Mary's Church")).isNotEqualTo(key);
        assertThat(Registrations.nameKey("Iglesia de San José")).isEqualTo(Registrations.nameKey("IGLESIA DE SAN JOSE"));
        assertThat(Registrations.nameKey("Temple Emanu-El")).isEqualTo(Registrations.nameKey("temple emanu el"));
    }

    @Test
    void nameVariantsOfAListingAreClaimsNotNewListings() {
        long id = listed(consenting("St. Mary's Church", "94110"));
        RegistrationResult variant = directory.register(new NewCongregation("ST MARY\u2019S CHU\u200bRCH", Tradition.CATHOLIC,
                "94110", null, "Mallory", "mallory@example.org", null, null, false, false, Channel.WEB, null));
        assertThat(variant.claimed()).isTrue();
        assertThat(variant.id()).isEqualTo(id);
        assertThat(directory.register(registration("Saint Mary's Church", "94110")).claimed())
                .as("another word is another congregation").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200b\u200b", "!!", "\u200ba\u200b", "\ufeff\u00ad\u200d\u200c\u2060", "- .", "\u3164\u3164"})
    void namesNeedTwoLettersOrDigitsOnceInvisibleCharactersAreRemoved(String name) {
        RegistrationResult result = directory.register(registration(name, "94110"));
        assertThat(result.problems()).containsExactly(RegistrationProblem.NAME);
        assertThat(directory.pending(10)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A1", "Ña", "\u200bSt\u200b", "教会", "مسجد"})
    void shortNamesInAnyScriptAreFine(String name) {
        assertThat(directory.register(registration(name, "94110")).saved()).isTrue();
    }

    @Test
    void eachContactFieldIsShownOnlyWithItsOwnYesAndTheNameOnlyBesideOne() {
        long none = listed(new NewCongregation("No Yes", Tradition.OTHER, "94110", null, "Ann", "ann@example.org",
                "+14155550101", "https://ann.example.org", false, false, Channel.SMS, "+14155550101"));
        long email = listed(new NewCongregation("Email Yes", Tradition.OTHER, "94110", null, "Bob", "bob@example.org",
                "+14155550102", null, true, false, Channel.SMS, "+14155550102"));
        long phone = listed(new NewCongregation("Phone Yes", Tradition.OTHER, "94110", null, "Cy", "cy@example.org",
                "+14155550103", null, false, true, Channel.SMS, "+14155550103"));
        long phoneYesButNone = listed(new NewCongregation("Yes To Nothing", Tradition.OTHER, "94110", null, "Di",
                "di@example.org", null, null, false, true, Channel.WEB, "web-2"));
        var contacts = new java.util.HashMap<Long, PublicContact>();
        directory.nearest(zip("94110"), null, 20).partners().forEach(p -> contacts.put(p.id(), p.contact()));
        assertThat(contacts).containsEntry(none, null).containsEntry(phoneYesButNone, null)
                .containsEntry(email, new PublicContact("Bob", "bob@example.org", null, null))
                .containsEntry(phone, new PublicContact("Cy", null, "+14155550103", null));
        assertThat(directory.listed()).hasSize(4).allSatisfy(l -> assertThat(l.contact()).isEqualTo(contacts.get(l.id())));
    }

    @Test
    void badRegistrationsSayWhatToFix() {
        RegistrationResult result = directory.register(new NewCongregation("X", null, "9411", null, "A", "not-an-email",
                "555", "ftp://x", false, false, Channel.WEB, "web-1"));
        assertThat(result.saved()).isFalse();
        assertThat(result.problems()).containsExactlyInAnyOrder(RegistrationProblem.NAME, RegistrationProblem.TRADITION,
                RegistrationProblem.ZIP_MALFORMED, RegistrationProblem.CONTACT_NAME, RegistrationProblem.EMAIL,
                RegistrationProblem.PHONE, RegistrationProblem.WEBSITE);
        RegistrationResult noContact = directory.register(new NewCongregation("Grace", Tradition.OTHER, "00000", null,
                "Ana", null, null, null, false, false, Channel.WEB, "web-1"));
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
                null, "+14155550177", null, true, true, Channel.SMS, "+14155550177"));
        long pending = directory.register(consenting("Berkeley Friends", "94704")).id();
        assertThat(directory.erasePersonalData(Channel.SMS, "+14155550177")).isEqualTo(3);
        for (long id : new long[] {withEmail, phoneOnly}) {
            assertThat(directory.find(id)).get().satisfies(c -> {
                assertThat(c.contactName()).isEmpty();
                assertThat(c.contactEmail()).isNull();
                assertThat(c.contactPhone()).isNull();
                assertThat(c.showEmail()).isFalse();
                assertThat(c.showPhone()).isFalse();
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
                "ben@example.org", "+14155550177", null, true, true, Channel.WEB, "web-session-1"));
        long phoneOnly = listed(new NewCongregation("Corner Mosque", Tradition.MUSLIM, "94110", null, "Omar",
                null, "+14155550177", null, true, true, Channel.WEB, "web-session-2"));
        assertThat(directory.erasePersonalData(Channel.SMS, "+14155550177")).isEqualTo(2);
        assertThat(directory.find(withEmail)).get().satisfies(c -> {
            assertThat(c.contactPhone()).isNull();
            assertThat(c.contactName()).isEqualTo("Ben Levi");
            assertThat(c.status()).isEqualTo(Congregation.Status.LISTED);
        });
        assertThat(directory.find(phoneOnly)).get().extracting(Congregation::status).isEqualTo(Congregation.Status.HIDDEN);
    }

    @Test
    void erasingASendersDataDeletesTheClaimsTheyMade() {
        long id = listed(consenting("Oakland Shul", "94612"));
        directory.register(new NewCongregation("Oakland Shul", Tradition.JEWISH, "94612", null, "Eve", null,
                "+14155550666", null, false, true, Channel.SMS, "+14155550666"));
        directory.register(new NewCongregation("Oakland Shul", Tradition.JEWISH, "94612", null, "Web Eve",
                "eve@example.org", null, null, true, false, Channel.WEB, null));
        assertThat(directory.erasePersonalData(Channel.SMS, "+14155550666")).isZero();
        assertThat(directory.pendingClaims(10)).extracting(Claim::contactName).containsExactly("Web Eve");
        assertThat(directory.find(id).orElseThrow().contactName()).isEqualTo("Ben Levi");
    }
}
