package org.beloved.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The supervisor watching real processes (a {@code sleep} stands in for the server) and starting them again. */
class SupervisorTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    /** A server that is a {@code sleep} process; its first {@code failingRestarts} restarts fail. */
    private static final class SleepServer implements Supervisor.Server {

        final List<Process> started = new CopyOnWriteArrayList<>();
        final AtomicInteger restartCalls = new AtomicInteger();
        final List<String> reasons = new CopyOnWriteArrayList<>();
        private final int failingRestarts;

        SleepServer(int failingRestarts) {
            this.failingRestarts = failingRestarts;
            started.add(sleep());
        }

        Process current() {
            return started.get(started.size() - 1);
        }

        @Override
        public boolean isRunning() {
            return current().isAlive();
        }

        @Override
        public String whyStopped() {
            String why = "exit " + current().exitValue();
            reasons.add(why);
            return why;
        }

        @Override
        public void restart() {
            if (restartCalls.incrementAndGet() <= failingRestarts) {
                throw new EmbeddedPostgresException("port still taken");
            }
            started.add(sleep());
        }

        private static Process sleep() {
            try {
                return new ProcessBuilder("sleep", "300").start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final List<SleepServer> servers = new ArrayList<>();
    private final List<Supervisor> supervisors = new ArrayList<>();

    private Supervisor watch(SleepServer server, Duration maxBackoff) {
        servers.add(server);
        Supervisor supervisor = new Supervisor("test server", server, Duration.ofMillis(50), maxBackoff);
        supervisors.add(supervisor);
        supervisor.start();
        return supervisor;
    }

    @AfterEach
    void stopAll() {
        supervisors.forEach(Supervisor::close);
        servers.forEach(s -> s.started.forEach(Process::destroyForcibly));
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("condition within %s", WITHIN).isNegative();
            Thread.sleep(20);
        }
    }

    @Test
    void aKilledServerIsStartedAgainAndTheLogSaysWhy() throws Exception {
        SleepServer server = new SleepServer(0);
        Supervisor supervisor = watch(server, Duration.ofSeconds(1));
        Process first = server.current();

        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        awaitTrue(() -> supervisor.restarts() == 1);
        assertThat(server.started).hasSize(2);
        assertThat(server.current().isAlive()).isTrue();
        assertThat(server.reasons).containsExactly("exit 137");
    }

    @Test
    void everyDeathIsNoticedNotOnlyTheFirst() throws Exception {
        SleepServer server = new SleepServer(0);
        Supervisor supervisor = watch(server, Duration.ofSeconds(1));
        for (int i = 1; i <= 3; i++) {
            server.current().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            int expected = i;
            awaitTrue(() -> supervisor.restarts() == expected);
        }
        assertThat(server.started).hasSize(4);
        assertThat(server.reasons).hasSize(3);
    }

    @Test
    void aFailedRestartIsTriedAgainUntilItWorks() throws Exception {
        SleepServer server = new SleepServer(3);
        Supervisor supervisor = watch(server, Duration.ofMillis(200));

        server.current().destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        awaitTrue(() -> supervisor.restarts() == 1);
        assertThat(server.restartCalls).hasValue(4);
        assertThat(server.current().isAlive()).isTrue();
        assertThat(server.reasons).as("the stop is reported once, not at each attempt").hasSize(1);
    }

    @Test
    void afterCloseAStoppedServerStaysStopped() throws Exception {
        SleepServer server = new SleepServer(0);
        Supervisor supervisor = watch(server, Duration.ofSeconds(1));

        supervisor.close();
        assertThat(supervisor.awaitClosed(WITHIN)).isTrue();
        server.current().destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        assertThat(supervisor.restarts()).isZero();
        assertThat(server.restartCalls).hasValue(0);
    }

    @Test
    void thePauseBetweenFailedRestartsDoublesUpToTheLimit() {
        Supervisor supervisor = new Supervisor("test server", new SleepServerStub(), Duration.ofSeconds(1),
                Duration.ofSeconds(30));
        assertThat(List.of(1, 2, 3, 4, 5, 6, 20).stream().map(supervisor::backoff).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
        supervisor.close();
    }

    /** Never consulted: the back-off arithmetic needs no server. */
    private static final class SleepServerStub implements Supervisor.Server {

        @Override
        public boolean isRunning() {
            return true;
        }

        @Override
        public String whyStopped() {
            return "";
        }

        @Override
        public void restart() {
        }
    }
}
