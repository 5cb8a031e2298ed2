package org.beloved.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second server beside the shared test one: data survives a stop and a start. */
class EmbeddedPostgresTest {

    @TempDir
    Path tmp;

    private Path reachableDir() throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        return tmp.resolve("pg");
    }

    @Test
    void keepsDataAcrossARestartInTheSameDirectory() throws Exception {
        Path dir = reachableDir();
        try (EmbeddedPostgres first = EmbeddedPostgres.start(new EmbeddedPostgres.Settings(dir, 0, false))) {
            try (var c = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
                 var s = c.createStatement()) {
                s.execute("create table kept (v text)");
                s.execute("insert into kept values ('still here')");
            }
        }
        try (EmbeddedPostgres second = EmbeddedPostgres.start(new EmbeddedPostgres.Settings(dir, 0, false));
             var c = DriverManager.getConnection(second.jdbcUrl(), second.username(), second.password());
             var rs = c.createStatement().executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
            assertThat(second.toString()).contains(dir.toString());
        }
    }

    @Test
    void aKilledServerIsStartedAgainOnTheSamePortWithItsData() throws Exception {
        Path dir = reachableDir();
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(new EmbeddedPostgres.Settings(dir, 0, false))) {
            try (var c = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
                 var s = c.createStatement()) {
                s.execute("create table kept (v text)");
                s.execute("insert into kept values ('survives a kill')");
                s.execute("checkpoint");
            }
            pg.supervise(Duration.ofMillis(100));
            long killed = pg.pid();

            ProcessHandle.of(killed).orElseThrow().destroyForcibly();

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (pg.restarts() == 0 || !pg.isRunning()) {
                assertThat(System.nanoTime()).as("restarted within 60 s").isLessThan(deadline);
                Thread.sleep(50);
            }
            assertThat(pg.pid()).isNotEqualTo(killed);
            try (var c = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
                 var rs = c.createStatement().executeQuery("select v from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("survives a kill");
            }
        }
        assertThat(Postmaster.of(dir)).as("closed: stopped, and not started again").isEmpty();
    }

    @Test
    void closingASupervisedServerStopsItForGood() throws Exception {
        Path dir = reachableDir();
        EmbeddedPostgres pg = EmbeddedPostgres.start(new EmbeddedPostgres.Settings(dir, 0, false));
        pg.supervise(Duration.ofMillis(20));

        pg.close();

        assertThat(pg.isRunning()).isFalse();
        assertThat(Postmaster.of(dir)).as("no server runs on the data directory").isEmpty();
    }

    /** As root the server runs as nobody, who could not enter a 0700 folder such as mktemp -d makes. */
    @Test
    void startsBelowADirectoryClosedToOtherAccounts() throws Exception {
        Path closed = tmp.resolve("closed");
        Files.createDirectory(closed, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path dir = closed.resolve("data").resolve("postgres");
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(new EmbeddedPostgres.Settings(dir, 0, false));
             var c = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
             var rs = c.createStatement().executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
        }
        assertThat(Files.getPosixFilePermissions(closed)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void refusesLoginWithoutThePassword() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(new EmbeddedPostgres.Settings(reachableDir(), 0, false))) {
            assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl(), pg.username(), "wrong"))
                    .hasMessageContaining("password");
        }
    }

    @Test
    void aNonEmptyDirectoryThatIsNoClusterIsRefusedInOneClearLine() throws Exception {
        Path dir = reachableDir();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> EmbeddedPostgres.start(new EmbeddedPostgres.Settings(dir, 0, false)))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("is not empty")
                .hasMessageContaining("beloved.embedded-db.dir")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aPortInUseIsReportedInOneClearLine() throws Exception {
        try (var busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> EmbeddedPostgres.start(
                    new EmbeddedPostgres.Settings(reachableDir(), busy.getLocalPort(), false)))
                    .isInstanceOf(EmbeddedPostgresException.class)
                    .hasMessageContaining("did not start on port " + busy.getLocalPort())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }
}
