package org.beloved.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.sql.DataSource;
import org.beloved.BelovedApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code beloved.privacy.hash-secret} as the application really reads it: the migrations that hash
 * the opt-out list get it (through a Flyway placeholder) and keep only its fingerprint; restarting
 * with another secret, which would forget every STOP, is refused with a clear reason.
 */
class HashSecretStartupTest {

    private static final String SECRET = "startup-test-secret-0123456789";

    @TempDir
    Path tmp;

    private ConfigurableApplicationContext start(Path dataDir, String secret) {
        return new SpringApplication(BelovedApplication.class).run("--server.port=0",
                "--beloved.embedded-db.dir=" + dataDir, "--spring.datasource.url=", "--beloved.privacy.hash-secret=" + secret);
    }

    @Test
    void theConfiguredSecretReachesTheMigrationsAndCannotBeSwappedLater() throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dataDir = tmp.resolve("data").resolve("postgres");
        try (ConfigurableApplicationContext first = start(dataDir, SECRET)) {
            JdbcClient jdbc = JdbcClient.create(first.getBean(DataSource.class));
            assertThat(jdbc.sql("select count(*) from hash_key where secret is null").query(Long.class).single())
                    .as("a configured secret is never written to the database").isEqualTo(1);
        }
        try (ConfigurableApplicationContext again = start(dataDir, SECRET)) {
            assertThat(again.isRunning()).isTrue();
        }
        assertThatThrownBy(() -> start(dataDir, "another-secret-0123456789abcdef"))
                .hasStackTraceContaining("beloved.privacy.hash-secret is not the secret the opt-out list was hashed with");
    }
}
