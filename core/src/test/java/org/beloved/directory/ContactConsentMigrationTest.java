package org.beloved.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The per-field consent migrations (directory V6 to V8) run on listings stored as the old schema
 * (V5) stored them, in a schema of their own: every phone ends up hidden, an email keeps the old
 * "show the contact" yes, and every listing keeps its status.
 */
class ContactConsentMigrationTest {

    private static final String SCHEMA = "consent_migration_test";

    @Test
    void everyPhoneWithoutItsOwnYesIsHiddenAndTheListingsStayListed() throws Exception {
        try (Connection connection = TestDatabase.dataSource().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
            sql.execute("create schema " + SCHEMA);
            try {
                sql.execute("set search_path to " + SCHEMA + ", public");
                sql.execute(migration("V5__create_congregation.sql"));
                sql.execute("""
                        insert into congregation (name, name_key, tradition, zip, latitude, longitude, contact_name,
                            contact_email, contact_phone, show_contact, status, source_channel, submitted_by,
                            created_at, updated_at)
                        values ('Texted Yes', 'texted yes', 'QUAKER', '94110', 37.75, -122.41, 'Ana', null, '+14155550111',
                                true, 'listed', 'SMS', '+14155550111', now(), now()),
                               ('Web Yes', 'web yes', 'QUAKER', '94110', 37.75, -122.41, 'Ben', 'ben@example.org',
                                '+14155550112', true, 'listed', 'WEB', null, now(), now()),
                               ('Web No', 'web no', 'QUAKER', '94110', 37.75, -122.41, 'Cy', 'cy@example.org',
                                '+14155550113', false, 'pending', 'WEB', null, now(), now())
                        """);
                for (String v : new String[] {"V6__add_per_field_contact_consent.sql",
                    "V7__keep_email_consent_hide_unconsented_phones.sql", "V8__drop_show_contact.sql"}) {
                    sql.execute(migration(v));
                }
                assertThat(rows(sql, "select name || ' ' || status || ' email:' || show_email || ' phone:' || show_phone"
                        + " || ' ' || contact_phone from congregation order by id")).containsExactly(
                                "Texted Yes listed email:true phone:false +14155550111",
                                "Web Yes listed email:true phone:false +14155550112",
                                "Web No pending email:false phone:false +14155550113");
                assertThat(rows(sql, "select column_name from information_schema.columns where table_schema = '"
                        + SCHEMA + "' and table_name = 'congregation' and column_name like 'show%' order by 1"))
                        .containsExactly("show_email", "show_phone");
            } finally {
                sql.execute("set search_path to default");
                sql.execute("drop schema " + SCHEMA + " cascade");
            }
        }
    }

    @Test
    void anOldYesShowsTheEmailButNeverThePhone() {
        Congregation migrated = new Congregation(1, "Web Yes", Tradition.QUAKER, "94110", "San Francisco", "CA", 37.75,
                -122.41, null, "Ben", "ben@example.org", "+14155550112", null, true, false, Congregation.Status.LISTED,
                "WEB", java.time.Instant.EPOCH);
        assertThat(PublicContact.of(migrated)).isEqualTo(new PublicContact("Ben", "ben@example.org", null, null));
        Congregation phoneOnly = new Congregation(2, "Texted Yes", Tradition.QUAKER, "94110", "San Francisco", "CA",
                37.75, -122.41, null, "Ana", null, "+14155550111", null, true, false, Congregation.Status.LISTED, "SMS",
                java.time.Instant.EPOCH);
        assertThat(PublicContact.of(phoneOnly)).as("no field with a yes: not even the name").isNull();
    }

    private static String migration(String file) throws IOException {
        try (InputStream in = ContactConsentMigrationTest.class.getResourceAsStream("/db/migration/directory/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
