package org.beloved.app.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.TestDatabase;

/**
 * Several Beloved instances, each its own JVM ({@link BelovedProcess}), on one PostgreSQL (the
 * {@link TestDatabase}: the embedded server the tests start, or {@code BELOVED_TEST_DATABASE_URL}),
 * sending SMS to a {@link FakeTwilio} and, when given one, talking to a {@link FakeDiscord}, both
 * in the test JVM. Every instance gets the same settings, as a real deployment must (see README,
 * "Running several instances"). Their logs go to {@code target/cluster/<name>/}. Closing kills
 * whatever is still running.
 */
final class Cluster implements AutoCloseable {

    /** Start-up takes 10 to 15 s on a quiet machine; a 2-core CI box shared with other JVMs needs more. */
    static final Duration START_WITHIN = Duration.ofSeconds(120);
    static final String ADMIN_TOKEN = "cluster-test-admin-token";

    private final Path logs;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<BelovedProcess> started = new CopyOnWriteArrayList<>();
    private final Map<BelovedProcess, CompletableFuture<BelovedProcess>> watchers = new ConcurrentHashMap<>();
    /** Kills what is still running if the test JVM exits without closing: an orphan would keep sending. */
    private final Thread orphanKiller = new Thread(this::killAll, "cluster-orphan-killer");
    private int next = 1;

    /** @param name names the log folder: {@code target/cluster/<name>/} */
    Cluster(String name, FakeTwilio twilio, FakeDiscord discord) {
        this.logs = Path.of("target", "cluster", name).toAbsolutePath();
        settings.put("spring.datasource.url", TestDatabase.jdbcUrl());
        if (TestDatabase.username() != null) {
            settings.put("spring.datasource.username", TestDatabase.username());
        }
        if (TestDatabase.password() != null) {
            settings.put("spring.datasource.password", TestDatabase.password());
        }
        // Connections opened as needed: the test JVM's cached contexts use the same server (100 at most).
        settings.put("spring.datasource.hikari.minimum-idle", "2");
        // The test JVM has migrated the database already (TestDatabase), with these same migrations.
        settings.put("spring.flyway.enabled", "false");
        // Their own Quartz cluster: the schedulers of the test JVM's cached contexts never fire these triggers.
        settings.put("spring.quartz.properties.org.quartz.scheduler.instanceName", "cluster-test");
        settings.put("spring.quartz.properties.org.quartz.scheduler.idleWaitTime", "1000");
        settings.put("spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval", "2000");
        settings.put("beloved.admin.token", ADMIN_TOKEN);
        settings.put("beloved.sms.account-sid", TwilioWebhooks.ACCOUNT_SID);
        settings.put("beloved.sms.auth-token", TwilioWebhooks.AUTH_TOKEN);
        settings.put("beloved.sms.public-url", TwilioWebhooks.PUBLIC_URL);
        settings.put("beloved.sms.from-number", TwilioWebhooks.OUR_NUMBER);
        settings.put("beloved.sms.api-base-url", twilio.baseUrl());
        if (discord != null) {
            settings.put("beloved.discord.token", discord.token());
            settings.put("beloved.discord.api-base-url", discord.apiBaseUrl());
        }
        settings.put("logging.level.org.beloved", "info");
        Runtime.getRuntime().addShutdownHook(orphanKiller);
    }

    /** Sets (or replaces) a setting of every instance started from now on. */
    Cluster with(String key, Object value) {
        settings.put(key, String.valueOf(value));
        return this;
    }

    /** Starts one instance and returns at once; a watcher marks it healthy once it serves. */
    synchronized BelovedProcess start() {
        BelovedProcess process = BelovedProcess.start("instance-" + next++, logs, Map.copyOf(settings));
        started.add(process);
        CompletableFuture<BelovedProcess> health = new CompletableFuture<>();
        Thread watcher = new Thread(() -> {
            try {
                health.complete(process.awaitHealthy(START_WITHIN));
            } catch (Throwable e) {
                health.completeExceptionally(e);
            }
        }, "health-" + process.name());
        watcher.setDaemon(true);
        watcher.start();
        watchers.put(process, health);
        System.out.println("started " + process + ", log " + process.log());
        return process;
    }

    /** Waits until {@code process} is healthy; fails as {@link BelovedProcess#awaitHealthy} does. */
    BelovedProcess awaitHealthy(BelovedProcess process) {
        try {
            return watchers.get(process).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof AssertionError error) {
                throw error;
            }
            throw e;
        }
    }

    /** Starts {@code count} instances side by side and waits until every one is healthy. */
    List<BelovedProcess> startHealthy(int count) {
        List<BelovedProcess> processes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            processes.add(start());
        }
        processes.forEach(this::awaitHealthy);
        return processes;
    }

    /** Every instance started so far, killed ones too, in start order. */
    List<BelovedProcess> started() {
        return List.copyOf(started);
    }

    /** The instances running and healthy now. */
    List<BelovedProcess> healthy() {
        return started.stream().filter(BelovedProcess::healthy).toList();
    }

    @Override
    public void close() {
        killAll();
        try {
            Runtime.getRuntime().removeShutdownHook(orphanKiller);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
    }

    private void killAll() {
        started.stream().filter(BelovedProcess::alive).forEach(BelovedProcess::kill);
    }
}
