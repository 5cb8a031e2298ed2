package org.beloved.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import db.migration.messaging.V7__Hash_opt_out_addresses;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.beloved.messaging.internal.HashKeys;
import org.beloved.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The key of the address hash, on the real database: generated once and kept, so every instance
 * and restart agrees; a configured secret is used and only its fingerprint kept; a secret that is
 * not the one the opt-out list was hashed with stops the start-up. Each test works on its own
 * connection, where temporary tables stand in for {@code hash_key} and the pre-V8 {@code opt_out},
 * so the key the shared test database settled is never touched.
 */
class HashKeyTest {

    private static final String CONFIGURED = "a-long-configured-secret-0123456789";

    private SingleConnectionDataSource connection;
    private JdbcClient jdbc;

    @BeforeEach
    void ownTables() {
        connection = new SingleConnectionDataSource(TestDatabase.jdbcUrl(), TestDatabase.username(),
                TestDatabase.password(), true);
        jdbc = JdbcClient.create(connection);
        jdbc.sql("create temporary table hash_key (like hash_key including all)").update();
        jdbc.sql("""
                create temporary table opt_out (channel text not null, address text not null, reason text not null,
                    created_at timestamptz not null, primary key (channel, address))
                """).update();
    }

    @AfterEach
    void close() {
        connection.destroy();
    }

    @Test
    void aGeneratedKeyIsKeptSoEveryInstanceAndRestartAgrees() {
        byte[] first = HashKeys.resolve(jdbc, null);
        byte[] second = HashKeys.resolve(jdbc, "");
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from hash_key").query(Long.class).single()).isEqualTo(1);
        assertThat(new AddressHasher(jdbc, new PrivacySettings(null)).hash("+14155550123"))
                .isEqualTo(HashKeys.hash(first, "+14155550123"))
                .matches("[0-9a-f]{64}")
                .isNotEqualTo(HashKeys.hash("another key".getBytes(), "+14155550123"));
    }

    @Test
    void aConfiguredSecretIsUsedAndOnlyItsFingerprintIsKept() {
        byte[] key = HashKeys.resolve(jdbc, CONFIGURED);
        assertThat(key).isEqualTo(CONFIGURED.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(jdbc.sql("select secret from hash_key").query(String.class).optional()).isEmpty();
        assertThat(HashKeys.resolve(jdbc, CONFIGURED)).isEqualTo(key);
        assertThatThrownBy(() -> HashKeys.resolve(jdbc, "a-different-secret-0123456789"))
                .hasMessageContaining("beloved.privacy.hash-secret is not the secret");
        assertThatThrownBy(() -> HashKeys.resolve(jdbc, null)).hasMessageContaining("is not set");
    }

    @Test
    void aSecretSetAfterAGeneratedOneMustBeThatOne() {
        HashKeys.resolve(jdbc, null);
        assertThatThrownBy(() -> HashKeys.resolve(jdbc, CONFIGURED)).hasMessageContaining("hash_key.secret");
        String generated = jdbc.sql("select secret from hash_key").query(String.class).single();
        assertThat(HashKeys.resolve(jdbc, generated)).as("moved out of the database into the setting")
                .isEqualTo(HashKeys.resolve(jdbc, null));
    }

    @Test
    void aWeakConfiguredSecretIsRefused() {
        assertThatThrownBy(() -> new PrivacySettings("short")).hasMessageContaining("at least 16");
        assertThat(new PrivacySettings("  ").hashSecret()).isBlank();
    }

    @Test
    void theMigrationHashesTheOptOutListWithTheKeyTheApplicationUses() throws Exception {
        jdbc.sql("insert into opt_out values ('SMS', '+14155550123', 'keyword', now()), ('DISCORD', '100000000000000003', 'keyword', now())")
                .update();
        new V7__Hash_opt_out_addresses().migrate(context(Map.of(V7__Hash_opt_out_addresses.SECRET_PLACEHOLDER, CONFIGURED)));
        AddressHasher hasher = new AddressHasher(jdbc, new PrivacySettings(CONFIGURED));
        assertThat(jdbc.sql("select channel || ':' || address from opt_out order by 1").query(String.class).list())
                .containsExactly("DISCORD:" + hasher.hash("100000000000000003"), "SMS:" + hasher.hash("+14155550123"));
    }

    private Context context(Map<String, String> placeholders) throws SQLException {
        Configuration configuration = Flyway.configure().placeholders(placeholders);
        Connection c = connection.getConnection();
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return configuration;
            }

            @Override
            public Connection getConnection() {
                return c;
            }
        };
    }
}
