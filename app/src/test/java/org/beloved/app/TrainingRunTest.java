package org.beloved.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.beloved.BelovedApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training run of the production launch (README, Dockerfile, deploy/beloved.service): started with
 * {@code -Dspring.context.exit=onRefresh}, Beloved starts, then ends by itself with status 0, its
 * embedded PostgreSQL stopped (Spring alone would halt the JVM and leave the server running).
 */
class TrainingRunTest {

    @TempDir
    Path tmp;

    @Test
    void aTrainingRunEndsByItselfAndStopsItsPostgres() throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dataDir = tmp.resolve("postgres");
        Path log = tmp.resolve("training.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process run = new ProcessBuilder(List.of(java, "-Dspring.context.exit=onRefresh",
                "-cp", System.getProperty("java.class.path"), BelovedApplication.class.getName(),
                "--server.port=0", "--spring.datasource.url=", "--beloved.embedded-db.dir=" + dataDir))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(run.waitFor(4, TimeUnit.MINUTES)).as("ended by itself; log: " + log).isTrue();
        } finally {
            run.destroyForcibly();
        }

        assertThat(run.exitValue()).isZero();
        assertThat(log).content().contains("Started BelovedApplication", "Embedded PostgreSQL stopped");
        assertThat(dataDir.resolve("PG_VERSION")).exists();
        assertThat(dataDir.resolve("postmaster.pid")).as("the server's pid file, removed when it stops").doesNotExist();
    }
}
