package org.beloved.postgres;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries on the classpath, for machines with no database of
 * their own. It listens on 127.0.0.1 only, keeps its cluster in {@link Settings#dataDir()} (so
 * data survives a restart) and guards it with a generated password kept beside the cluster.
 *
 * <p>PostgreSQL refuses to run as root. When this JVM is root, initdb, pg_ctl and the server run
 * as {@code nobody} through {@code setpriv}, and the data directory is handed to that account
 * (see {@link RunAs#forDataDir} for data directories below closed ones).
 *
 * <p>{@link #supervise} watches the server: if it stops on its own (killed, crashed), it is
 * started again on the same data directory and port, and the log says why it stopped.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String USER = "beloved";
    public static final String DATABASE = "beloved";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String PASSWORD_FILE = "beloved.password";
    private static final Duration MAX_RESTART_BACKOFF = Duration.ofSeconds(30);

    /**
     * @param dataDir the cluster directory (created and initialised when empty)
     * @param port the TCP port, or 0 for any free one
     * @param durable false trades crash safety for speed (tests): no fsync, no synchronous commit
     */
    public record Settings(Path dataDir, int port, boolean durable) {
    }

    private final Path dataDir;
    private final Path binDir;
    private final RunAs runAs;
    private final int port;
    private final String password;
    private final String version;
    private boolean running;
    private volatile Postmaster postmaster;
    private volatile long logOffset;
    private volatile Supervisor supervisor;
    private boolean closing;

    private EmbeddedPostgres(Path dataDir, Path binDir, RunAs runAs, int port, String password, String version) {
        this.dataDir = dataDir;
        this.binDir = binDir;
        this.runAs = runAs;
        this.port = port;
        this.password = password;
        this.version = version;
    }

    /** Unpacks the binaries if needed, initialises the cluster if new, starts it and creates the database. */
    public static EmbeddedPostgres start(Settings settings) {
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        RunAs runAs = RunAs.forDataDir(dataDir);
        BinariesArchive binaries = BinariesArchive.onClasspath();
        Path binDir = PostgresBinaries.install(binaries, Path.of(System.getProperty("java.io.tmpdir"))).resolve("bin");
        String password = prepareCluster(dataDir, binDir, runAs, settings.durable());
        int port = settings.port() == 0 ? freePort() : settings.port();
        EmbeddedPostgres server = new EmbeddedPostgres(dataDir, binDir, runAs, port, password, binaries.version());
        server.stopLeftover();
        server.startServer();
        server.createDatabase();
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The version of the binaries artifact this server runs, e.g. {@code 17.7.0} for PostgreSQL 17.7. */
    public String version() {
        return version;
    }

    /**
     * Watches the server from now on, every {@code checkInterval}: when it stops on its own it is
     * started again on the same data directory and port (see {@link Supervisor}). Calling it again
     * changes nothing; {@link #close} ends the watch.
     */
    public synchronized void supervise(Duration checkInterval) {
        if (supervisor != null || !running || closing) {
            return;
        }
        supervisor = new Supervisor("embedded PostgreSQL on 127.0.0.1:" + port, new Watched(), checkInterval,
                MAX_RESTART_BACKOFF);
        supervisor.start();
    }

    /** The process id of the server's main process (the postmaster) as last started. */
    public long pid() {
        Postmaster current = postmaster;
        if (current == null) {
            throw new IllegalStateException("The embedded PostgreSQL has no known server process");
        }
        return current.pid();
    }

    /** Whether the server's main process runs now. */
    public boolean isRunning() {
        Postmaster current = postmaster;
        return current != null && current.alive();
    }

    /** How many times supervision started the server again after it stopped on its own. */
    public int restarts() {
        Supervisor watch = supervisor;
        return watch == null ? 0 : watch.restarts();
    }

    /**
     * Ends supervision, then stops the server (fast shutdown: open sessions are ended, committed
     * data is kept). A restart under way finishes first and is then stopped.
     */
    @Override
    public void close() {
        Supervisor watch;
        synchronized (this) {
            closing = true;
            watch = supervisor;
        }
        if (watch != null) {
            watch.close();
        }
        stopServer();
    }

    private synchronized void stopServer() {
        if (!running) {
            return;
        }
        running = false;
        ProcessRun.Result result = ProcessRun.tryRun(runAs.command(binDir.resolve("pg_ctl").toString(), "stop",
                "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60"));
        if (result.exitCode() != 0 && isRunning()) {
            throw new EmbeddedPostgresException("Could not stop the embedded PostgreSQL: "
                    + ServerLog.lastError(null, result.output()));
        }
        log.info("Embedded PostgreSQL stopped ({}){}", dataDir, result.exitCode() == 0 ? "" : ": it was not running");
    }

    /**
     * Supervision's restart: the same command as the first start; refused once the server is
     * closed. A server that an earlier, timed-out attempt did start after all is taken as it is.
     */
    private synchronized void restartServer() {
        if (!running) {
            throw new EmbeddedPostgresException("The embedded PostgreSQL was closed");
        }
        Postmaster late = Postmaster.of(dataDir).orElse(null);
        if (late != null && late.alive()) {
            postmaster = late;
            return;
        }
        startServer();
    }

    /** The server as its supervisor sees it. */
    private final class Watched implements Supervisor.Server {

        @Override
        public boolean isRunning() {
            return EmbeddedPostgres.this.isRunning();
        }

        @Override
        public String whyStopped() {
            Postmaster last = postmaster;
            return "pid " + (last == null ? "unknown" : last.pid() + " " + last.exitStatus()) + ", "
                    + ServerLog.lastProblemSince(dataDir.resolve("server.log"), logOffset);
        }

        @Override
        public void restart() {
            restartServer();
        }
    }

    private static String prepareCluster(Path dataDir, Path binDir, RunAs runAs, boolean durable) {
        Path passwordFile = passwordFile(dataDir);
        if (Files.isRegularFile(dataDir.resolve("PG_VERSION"))) {
            return readPassword(passwordFile);
        }
        try {
            Files.createDirectories(dataDir);
            if (!isEmpty(dataDir)) {
                throw new EmbeddedPostgresException(dataDir + " is not empty and holds no PostgreSQL cluster:"
                        + " point beloved.embedded-db.dir at an empty or new directory.");
            }
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            runAs.handOver(dataDir);
            String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(18));
            Path pwfile = runAs.privateTempFile(password);
            try {
                ProcessRun.run(runAs.command(binDir.resolve("initdb").toString(), "-D", dataDir.toString(),
                        "-U", USER, "--pwfile=" + pwfile, "--auth=scram-sha-256", "-E", "UTF8",
                        "--locale=C", "--no-instructions"), "initialise the embedded PostgreSQL cluster");
            } finally {
                Files.deleteIfExists(pwfile);
            }
            appendSettings(dataDir, durable);
            Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
            log.info("Embedded PostgreSQL cluster initialised in {}", dataDir);
            return password;
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not prepare " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Settings written once into the new cluster: loopback TCP only, no Unix socket. */
    private static void appendSettings(Path dataDir, boolean durable) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "", "# Written by Beloved's embedded PostgreSQL",
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = ''",
                "max_connections = 100"));
        if (!durable) {
            lines.addAll(List.of("fsync = off", "synchronous_commit = off", "full_page_writes = off"));
        }
        Files.write(dataDir.resolve("postgresql.conf"), lines, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** A server left running by a process that died holds the cluster's lock: stop it first. */
    private void stopLeftover() {
        ProcessRun.Result status = ProcessRun.tryRun(
                runAs.command(binDir.resolve("pg_ctl").toString(), "status", "-D", dataDir.toString()));
        if (status.exitCode() == 0) {
            log.warn("An embedded PostgreSQL from an earlier run was still running on {}; stopping it", dataDir);
            ProcessRun.run(runAs.command(binDir.resolve("pg_ctl").toString(), "stop", "-D", dataDir.toString(),
                    "-m", "fast", "-w", "-t", "60"), "stop the leftover embedded PostgreSQL");
        }
    }

    private void startServer() {
        Path logFile = dataDir.resolve("server.log");
        logOffset = ServerLog.size(logFile);
        ProcessRun.Result result = ProcessRun.tryRun(runAs.command(binDir.resolve("pg_ctl").toString(), "start",
                "-D", dataDir.toString(), "-l", logFile.toString(), "-o", "-p " + port, "-w", "-t", "60"));
        if (result.exitCode() != 0) {
            throw new EmbeddedPostgresException("The embedded PostgreSQL did not start on port " + port + ": "
                    + ServerLog.lastError(logFile, result.output()));
        }
        running = true;
        postmaster = Postmaster.of(dataDir).orElse(null);
    }

    private void createDatabase() {
        String adminUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(adminUrl, USER, password);
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("create database " + DATABASE);
                }
            }
        } catch (SQLException e) {
            stopServer();
            throw new EmbeddedPostgresException("The embedded PostgreSQL started but refused Beloved's login: "
                    + e.getMessage() + " (is " + passwordFile(dataDir) + " from another cluster?)", e);
        }
    }

    private static Path passwordFile(Path dataDir) {
        return dataDir.resolve(PASSWORD_FILE);
    }

    private static String readPassword(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Cannot read the embedded database password " + file
                    + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedPostgresException("No free local port for the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "embedded PostgreSQL " + version() + " in " + dataDir + " on 127.0.0.1:" + port
                + (runAs.isDelegated() ? " (running as nobody" + (runAs.passesThroughClosedDirectories()
                        ? ", allowed to pass through the closed directories above it)" : ")") : "");
    }
}
