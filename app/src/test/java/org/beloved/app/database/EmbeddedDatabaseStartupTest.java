package org.beloved.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.beloved.app.HttpFixtures.get;
import static org.beloved.app.HttpFixtures.simulate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.beloved.BelovedApplication;
import org.beloved.postgres.EmbeddedPostgresException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as the README runs it: no database named, so it starts its own PostgreSQL,
 * keeps the data across a restart and stops it on shutdown.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseStartupTest {

    @TempDir
    Path tmp;

    private ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplication(BelovedApplication.class).run(
                "--server.port=0", "--beloved.embedded-db.dir=" + dataDir, "--spring.datasource.url=");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private Path dataDir() throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        return tmp.resolve("data").resolve("postgres");
    }

    @Test
    void startsItsOwnPostgresAndKeepsTheSendersLanguageAcrossARestart(CapturedOutput output) throws Exception {
        Path dataDir = dataDir();
        try (ConfigurableApplicationContext first = start(dataDir)) {
            assertThat(get(port(first), "/actuator/health").body()).contains("\"db\":{\"status\":\"UP\"}");
            assertThat(simulate(port(first), "web-restart-test", "ESPANOL").body()).contains("\"language\":\"es\"");
        }
        assertThat(output).contains("Database: embedded PostgreSQL", dataDir.toString())
                .contains("Discord adapter: off. Set BELOVED_DISCORD_TOKEN")
                .contains("SMS adapter: off. Set BELOVED_SMS_ACCOUNT_SID, BELOVED_SMS_AUTH_TOKEN")
                .contains("Embedded PostgreSQL stopped");

        try (ConfigurableApplicationContext second = start(dataDir)) {
            String reply = simulate(port(second), "web-restart-test", "HELP").body();
            assertThat(reply).contains("\"language\":\"es\"", "AYUDA - esta lista");
        }
    }

    @Test
    void aDatabaseThatCannotStartIsExplainedInOneLine(CapturedOutput output) throws Exception {
        Path dataDir = dataDir();
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("unrelated.txt"), "not a database");

        assertThatThrownBy(() -> start(dataDir)).hasRootCauseInstanceOf(EmbeddedPostgresException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains(dataDir + " is not empty and holds no PostgreSQL cluster")
                .contains("SPRING_DATASOURCE_URL")
                .doesNotContain("\tat org.beloved")
                .doesNotContain("Exception encountered during context initialization");
    }
}
