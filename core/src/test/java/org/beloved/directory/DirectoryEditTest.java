package org.beloved.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.directory.DirectoryFixtures.consenting;
import static org.beloved.directory.DirectoryFixtures.registration;
import static org.beloved.directory.DirectoryFixtures.zip;

import java.time.Instant;
import java.util.List;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An organizer's edit of a listing: only what is given changes, under the rules a registration meets. */
@CleanDatabase
class DirectoryEditTest {

    private final Directory directory = DirectoryFixtures.directory(false);

    private long listed(NewCongregation c) {
        long id = directory.register(c).id();
        directory.approve(id);
        return id;
    }

    private static ListingEdit edit() {
        return new ListingEdit(null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void onlyTheGivenFieldsChangeAndTheVersionMoves() {
        long id = listed(consenting("Beth Shalom", "94110"));
        long before = directory.version().orElseThrow();

        ListingEditResult result = directory.edit(id, new ListingEdit("Beth Shalom Chapel", null, null, "", null, null,
                "(415) 555-0123", null, false, true));

        Congregation c = ((ListingEditResult.Edited) result).listing();
        assertThat(c.name()).isEqualTo("Beth Shalom Chapel");
        assertThat(c.streetAddress()).isNull();
        assertThat(c.contactPhone()).isEqualTo("+14155550123");
        assertThat(c.showEmail()).isFalse();
        assertThat(c.showPhone()).isTrue();
        assertThat(c.contactEmail()).isEqualTo("ben@example.org");
        assertThat(c.tradition()).isEqualTo(Tradition.JEWISH);
        assertThat(c.status()).isEqualTo(Congregation.Status.LISTED);
        assertThat(directory.version().orElseThrow()).isGreaterThan(before);
        assertThat(directory.nearest(zip("94110"), null, null).partners()).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Beth Shalom Chapel"))
                .satisfies(p -> assertThat(p.contact().email()).isNull())
                .satisfies(p -> assertThat(p.contact().phone()).isEqualTo("+14155550123"));
    }

    @Test
    void aNewZipBringsItsPlaceAndAnUnknownOneIsRefused() {
        long id = listed(registration("Friends Meeting", "94110"));
        Congregation moved = ((ListingEditResult.Edited) directory.edit(id, new ListingEdit(null, "catholic", "10001",
                null, null, null, null, null, null, null))).listing();
        assertThat(moved.zip()).isEqualTo("10001");
        assertThat(moved.city()).isEqualTo(zip("10001").city());
        assertThat(moved.latitude()).isEqualTo(zip("10001").latitude());
        assertThat(moved.tradition()).isEqualTo(Tradition.CATHOLIC);

        assertThat(directory.edit(id, new ListingEdit(null, null, "00000", null, null, null, null, null, null, null)))
                .isEqualTo(new ListingEditResult.Refused(List.of(RegistrationProblem.ZIP_UNKNOWN)));
        assertThat(directory.find(id).orElseThrow().zip()).isEqualTo("10001");
    }

    @Test
    void requiredFieldsCannotBeEmptiedAndNothingChangesWhenRefused() {
        long id = listed(registration("Friends Meeting", "94110"));
        ListingEditResult result = directory.edit(id, new ListingEdit("", "nonsense", "", null, " ", "",
                null, "ftp://x", null, null));
        assertThat(((ListingEditResult.Refused) result).problems()).containsExactlyInAnyOrder(RegistrationProblem.NAME,
                RegistrationProblem.TRADITION, RegistrationProblem.CONTACT_NAME, RegistrationProblem.NO_CONTACT,
                RegistrationProblem.WEBSITE, RegistrationProblem.ZIP_MALFORMED);
        assertThat(directory.find(id).orElseThrow().name()).isEqualTo("Friends Meeting");
        assertThat(directory.find(id).orElseThrow().contactEmail()).isEqualTo("ana@example.org");
    }

    @Test
    void aNewEmailOrPhoneIsNotShownWithoutItsOwnYesWhileTheSameNumberTypedAnotherWayKeepsIt() {
        long id = listed(consenting("Beth Shalom", "94110"));

        Congregation same = ((ListingEditResult.Edited) directory.edit(id, new ListingEdit(null, null, null, null, null,
                null, "(415) 555-0177", null, null, null))).listing();
        assertThat(same.showPhone()).as("the same number: its yes stands").isTrue();
        assertThat(same.showEmail()).isTrue();

        Congregation moved = ((ListingEditResult.Edited) directory.edit(id, new ListingEdit(null, null, null, null, null,
                "office@example.org", "(415) 555-0999", null, null, null))).listing();
        assertThat(moved.contactPhone()).isEqualTo("+14155550999");
        assertThat(moved.showPhone()).as("a yes for another number").isFalse();
        assertThat(moved.showEmail()).as("a yes for another address").isFalse();
        assertThat(directory.nearest(zip("94110"), null, null).partners()).singleElement()
                .satisfies(p -> assertThat(p.contact()).as("no contact field shown").isNull());
    }

    @Test
    void aNameTakenAfterTheCheckIsRefusedAndTheTransactionGoesOn() {
        long grace = listed(registration("Grace Church", "94110"));
        long friends = listed(registration("Friends Meeting", "94110"));
        CongregationRepository repository = new CongregationRepository(TestDatabase.jdbc());
        NewCongregation renamed = new ListingEdit("Grace Church", null, null, null, null, null, null, null, null, null)
                .applyTo(directory.find(friends).orElseThrow());
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(TestDatabase.dataSource()));

        // As when another edit took the name between Directory.edit's check and its update.
        Boolean edited = transaction.execute(status -> {
            boolean done = repository.edit(friends, renamed, Registrations.nameKey("Grace Church"), zip("94110"),
                    Instant.now());
            directory.approve(grace);   // the transaction is still usable
            return done;
        });

        assertThat(edited).isFalse();
        assertThat(directory.find(friends).orElseThrow().name()).isEqualTo("Friends Meeting");
    }

    @Test
    void anotherListingsNameAtTheSameZipIsRefusedAndAMissingListingIsNotFound() {
        listed(registration("Grace Church", "94110"));
        long id = listed(registration("Friends Meeting", "94110"));
        assertThat(directory.edit(id, new ListingEdit("grace church", null, null, null, null, null, null, null, null,
                null))).isEqualTo(new ListingEditResult.Refused(List.of(RegistrationProblem.DUPLICATE)));
        assertThat(directory.edit(id, new ListingEdit("Friends  meeting", null, null, null, null, null, null, null, null,
                null))).isInstanceOf(ListingEditResult.Edited.class);
        assertThat(directory.edit(id + 1000, edit())).isInstanceOf(ListingEditResult.NotFound.class);
    }
}
