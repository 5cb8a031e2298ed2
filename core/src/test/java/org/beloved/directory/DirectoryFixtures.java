package org.beloved.directory;

import java.net.URI;
import java.time.Clock;
import org.beloved.shared.Channel;
import org.beloved.testing.TestDatabase;

/** A directory on the test database, and registrations to feed it. */
final class DirectoryFixtures {

    private DirectoryFixtures() {
    }

    static ZipCodes zipCodes() {
        return new ZipCodes(new ZipCodeRepository(TestDatabase.jdbc()));
    }

    static Directory directory(boolean autoApprove) {
        return new Directory(new CongregationRepository(TestDatabase.jdbc()), new ClaimRepository(TestDatabase.jdbc()),
                new FreshnessStore(TestDatabase.jdbc()), zipCodes(), new DirectorySettings(autoApprove, URI.create("http://localhost:8080")), Clock.systemUTC());
    }

    static NewCongregation registration(String name, String zip) {
        return new NewCongregation(name, Tradition.QUAKER, zip, "123 Private Lane", "Ana Ruiz", "ana@example.org",
                null, null, false, false, Channel.WEB, "web-session-1");
    }

    /** Registered by text from +14155550177, with a yes for the email and for the phone. */
    static NewCongregation consenting(String name, String zip) {
        return new NewCongregation(name, Tradition.JEWISH, zip, "1 Secret St", "Ben Levi", "ben@example.org",
                "+14155550177", "https://example.org", true, true, Channel.SMS, "+14155550177");
    }

    static ZipCode zip(String zip) {
        return ((ZipLookup.Found) zipCodes().lookup(zip)).zipCode();
    }
}
