package org.beloved.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.beloved.postgres.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleIdentifier;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.runtime.flyway.SpringModulithFlywayMigrationStrategy;

/**
 * The real PostgreSQL every test runs against: one embedded server per test JVM, shared by all
 * test classes and migrated once; or, when {@code BELOVED_TEST_DATABASE_URL} is set (with
 * {@code BELOVED_TEST_DATABASE_USERNAME} and {@code _PASSWORD}), that server. Point it at a
 * throwaway database: {@link #reset()} empties every table but the reference data.
 */
public final class TestDatabase {

    /**
     * Tables never emptied between tests (nor are Flyway's history tables): reference data, and the
     * hash key the migrations settled, which running application contexts have already read.
     */
    private static final List<String> KEPT = List.of("zip_code", "hash_key");

    /**
     * How long the server, at JVM exit, waits for the application contexts using it to close: less
     * than the 30 s after which surefire kills a fork that has not exited.
     */
    private static final Duration CONTEXTS_CLOSE_WITHIN = Duration.ofSeconds(20);

    private static Server server;

    /** The application contexts pointed at this database ({@link TestDatabaseProperties}); closed ones drop out. */
    private static final Set<ConfigurableApplicationContext> contexts = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    private record Server(String url, String username, String password, HikariDataSource dataSource) {
    }

    private TestDatabase() {
    }

    public static String jdbcUrl() {
        return server().url();
    }

    public static String username() {
        return server().username();
    }

    public static String password() {
        return server().password();
    }

    public static DataSource dataSource() {
        return server().dataSource();
    }

    public static JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    /** Empties every table except reference data, so the next test starts from a known state. */
    public static void reset() {
        JdbcClient jdbc = jdbc();
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = current_schema()")
                .query(String.class).list().stream()
                .filter(t -> !KEPT.contains(t) && !t.startsWith("flyway_schema_history"))
                .toList();
        if (!tables.isEmpty()) {
            jdbc.sql("truncate table " + String.join(", ", tables) + " cascade").update();
        }
    }

    private static synchronized Server server() {
        if (server == null) {
            server = start();
            migrate(server.dataSource());
        }
        return server;
    }

    /**
     * Every module's migrations on this test classpath, as the application runs them: one history
     * table per module, in the modules' dependency order (Spring Modulith's Flyway strategy).
     */
    private static void migrate(DataSource dataSource) {
        ApplicationModuleIdentifiers withMigrations = ApplicationModuleIdentifiers.of(
                ApplicationModules.of("org.beloved", JavaClass.Predicates.resideInAPackage("org.beloved.testing.."))
                        .stream().map(ApplicationModule::getIdentifier).filter(TestDatabase::hasMigrations).toList());
        // A shared external test database may hold other modules' migrations too: not an error here.
        Flyway flyway = Flyway.configure().dataSource(dataSource).ignoreMigrationPatterns("*:missing").load();
        new SpringModulithFlywayMigrationStrategy(withMigrations).migrate(flyway);
    }

    private static boolean hasMigrations(ApplicationModuleIdentifier module) {
        try {
            return new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/migration/" + module + "/V*").length > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Server start() {
        String external = System.getenv("BELOVED_TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            String user = System.getenv("BELOVED_TEST_DATABASE_USERNAME");
            String password = System.getenv("BELOVED_TEST_DATABASE_PASSWORD");
            return new Server(external, user, password, pool(external, user, password));
        }
        Path root = temporaryRoot();
        EmbeddedPostgres pg = EmbeddedPostgres.start(new EmbeddedPostgres.Settings(root.resolve("data"), 0, false));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitContextsClosed();
            pg.close();
            deleteQuietly(root);
        }, "test-postgres-shutdown"));
        return new Server(pg.jdbcUrl(), pg.username(), pg.password(), pool(pg.jdbcUrl(), pg.username(), pg.password()));
    }

    /** Called by {@link TestDatabaseProperties} for each context it points here. */
    static void usedBy(ConfigurableApplicationContext context) {
        contexts.add(context);
    }

    /**
     * At JVM exit the contexts the Spring test framework cached are closed by Spring's own shutdown
     * hook, which runs at the same time as this server's. Stopped under them, the database leaves
     * their shutdown waiting on connections that never come (Quartz's cluster check-in and its
     * waiting for jobs, the Discord lock, outbox workers), a connection timeout a try, until surefire kills the fork
     * 30 s after its System.exit. So the server stops once they are closed, or after a bounded wait.
     */
    private static void awaitContextsClosed() {
        long deadline = System.nanoTime() + CONTEXTS_CLOSE_WITHIN.toNanos();
        while (System.nanoTime() < deadline && anyActive()) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean anyActive() {
        synchronized (contexts) {
            return contexts.stream().anyMatch(ConfigurableApplicationContext::isActive);
        }
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("test-db");
        return new HikariDataSource(config);
    }

    /** World-traversable, because a root JVM runs the server as nobody. */
    private static Path temporaryRoot() {
        try {
            Path root = Files.createTempDirectory("beloved-test-pg-");
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            return root;
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a directory for the test database", e);
        }
    }

    private static void deleteQuietly(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: it is a temporary directory
        }
    }
}
