package org.beloved.bot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One Discord gateway connection per cluster. Every instance with a token competes for a
 * PostgreSQL session advisory lock ({@link #LOCK_KEY}) held on one dedicated connection; the holder
 * runs JDA (all shards), the others stand by and try the lock again.
 *
 * <p>With T = {@code beloved.discord.takeover-interval}: a standby tries the lock every T/3; the
 * holder checks its lock connection every T/6, and a check that gets no answer within T/6 fails. A
 * holder whose lock connection fails shuts JDA down at once: PostgreSQL has released the lock, or
 * will, to another instance. A new holder waits T/3 (two checks) before it logs in, so that a
 * holder that lost its connection but still runs has stopped first: never two gateways. An
 * instance that dies takes its connection, and so the lock, with it: another instance logs in
 * within T/3 + T/3 + the login itself.
 *
 * <p>The login runs on its own thread and is retried with a growing delay (1 s doubling up to
 * a minute) while Discord is unreachable or refuses it: SMS and the web serve meanwhile, and the
 * application never fails to start because of Discord. On shutdown (phase below the outbox
 * dispatcher's, so after it stopped) JDA shuts down, its queued requests finishing within 10 s (then
 * it is closed at once), then the lock is released.
 */
@Component
class DiscordLeadership implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DiscordLeadership.class);

    /** The cluster's Discord lock: {@code pg_try_advisory_lock(LOCK_KEY)} ("BotDisc" in ASCII). */
    static final long LOCK_KEY = 0x426F7444697363L;
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration LAST_RETRY = Duration.ofMinutes(1);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private final DiscordProperties properties;
    private final DataSource dataSource;
    private final DiscordGateway gateway;
    private final ObjectProvider<ListenerAdapter> listeners;
    private final Object signal = new Object();
    private volatile boolean running;
    private Thread leader;

    /** Guarded by {@link #signal}: whether JDA may run here, the login under way, JDA once logged in. */
    private boolean leading;
    private Thread login;
    private ShardManager jda;
    /** Set when a shard of the JDA running here shut down without being told to by this class. */
    private volatile boolean jdaEnded;

    DiscordLeadership(DiscordProperties properties, DataSource dataSource, DiscordGateway gateway,
            ObjectProvider<ListenerAdapter> listeners) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.gateway = gateway;
        this.listeners = listeners;
    }

    private Duration check() {
        return properties.takeoverInterval().dividedBy(6);
    }

    // ---- the lock, on the leader thread

    private void lead() {
        while (running) {
            try {
                leadOnce();
            } catch (RuntimeException e) {
                log.error("Discord: the Discord lock's thread failed; trying again", e);
                pause(properties.takeoverInterval().dividedBy(3));
            }
        }
    }

    /** Stands by for the lock or, once it is taken, holds it as long as it can. */
    private void leadOnce() {
        Connection lock = tryLock();
        if (lock == null) {
            pause(properties.takeoverInterval().dividedBy(3));
            return;
        }
        boolean lost = true;
        try {
            lost = hold(lock);
        } finally {
            release(lock);
        }
        if (lost) {
            // The lock connection failed here: give an instance whose database works the first chance.
            pause(properties.takeoverInterval().dividedBy(2));
        }
    }

    /**
     * Holds the lock until it is lost or the application stops; JDA runs meanwhile, and is down on return.
     *
     * @return whether the lock was lost (rather than given up because the application stops)
     */
    private boolean hold(Connection lock) {
        jdaEnded = false;
        gateway.holding();
        Duration grace = check().multipliedBy(2);
        log.info("Discord: this instance holds the cluster's Discord lock; logging in in {} ms", grace.toMillis());
        Instant loginAt = Instant.now().plus(grace);
        boolean lost = false;
        try {
            while (running) {
                if (!stillHeld(lock)) {
                    lost = true;
                    log.error("Discord: the connection holding the Discord lock failed; shutting JDA down now, "
                            + "another instance may take over");
                    return true;
                }
                if (jdaEnded) {
                    log.error("Discord: JDA shut down on its own (a gateway closed for good, e.g. a refused token); "
                            + "releasing the Discord lock and trying again");
                    return true;
                }
                if (login == null && !Instant.now().isBefore(loginAt)) {
                    startLogin();
                }
                pause(check());
            }
            return false;
        } finally {
            stopJda(lost);
        }
    }

    private Connection tryLock() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                statement.setLong(1, LOCK_KEY);
                try (ResultSet result = statement.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        return watched(connection);
                    }
                }
            }
        } catch (SQLException e) {
            log.warn("Discord: could not try the Discord lock ({}); standing by", e.getMessage());
        }
        close(connection);
        return null;
    }

    /**
     * The lock connection, with a network timeout (a check that gets no answer fails) and, on the
     * server's side, TCP keepalives, so that PostgreSQL drops the lock of an instance whose machine
     * vanished within about half the take-over interval rather than the system's two hours.
     */
    private Connection watched(Connection lock) {
        long seconds = Math.max(1, check().toSeconds());
        try (Statement statement = lock.createStatement()) {
            lock.setNetworkTimeout(Runnable::run, (int) Math.max(1, check().toMillis()));
            statement.execute("set tcp_keepalives_idle = " + seconds + "; set tcp_keepalives_interval = " + seconds
                    + "; set tcp_keepalives_count = 2; set tcp_user_timeout = " + seconds * 3000);
        } catch (SQLException e) {
            log.warn("Discord: could not set the lock connection's timeouts ({}); holding the lock without them",
                    e.getMessage());
        }
        return lock;
    }

    /** Whether the lock connection answers, within its network timeout, that it still holds the lock. */
    private static boolean stillHeld(Connection lock) {
        try (PreparedStatement statement = lock.prepareStatement("""
                select count(*) from pg_locks where locktype = 'advisory' and granted and pid = pg_backend_pid()
                and ((classid::bigint << 32) | objid::bigint) = ?""")) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) > 0;
            }
        } catch (SQLException e) {
            log.warn("Discord: checking the Discord lock failed: {}", e.getMessage());
            return false;
        }
    }

    /** Unlocks (when the connection still works: if not, the lock went with it) and gives the connection back. */
    private void release(Connection lock) {
        try (PreparedStatement statement = lock.prepareStatement("select pg_advisory_unlock(?)")) {
            statement.setLong(1, LOCK_KEY);
            statement.execute();
            try (Statement reset = lock.createStatement()) {
                reset.execute("reset tcp_keepalives_idle; reset tcp_keepalives_interval; reset tcp_keepalives_count; "
                        + "reset tcp_user_timeout");
            }
        } catch (SQLException e) {
            log.debug("Discord: unlocking failed ({}); the lock went with its connection", e.getMessage());
        }
        close(lock);
        gateway.released();
        log.info("Discord: this instance released the Discord lock");
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Discord: closing the lock connection failed: {}", e.getMessage());
            }
        }
    }

    // ---- JDA, logged in on its own thread

    private void startLogin() {
        synchronized (signal) {
            leading = true;
            jdaEnded = false;
            login = new Thread(this::logIn, "discord-login");
            login.setDaemon(true);
            login.start();
        }
    }

    /** Logs in until it works or this instance stops leading, waiting longer after each failure. */
    private void logIn() {
        Duration wait = FIRST_RETRY;
        while (isLeading()) {
            ShardManager built = null;
            try {
                built = DiscordConfiguration.newShardManager(properties,
                        Stream.concat(listeners.orderedStream(), Stream.of(new EndWatch())).toList());
                built.login();
                if (publish(built)) {
                    log.info("Discord: logged in ({} shard(s)); the gateway connects", properties.shards());
                    return;
                }
                built.shutdown();
                return;
            } catch (RuntimeException e) {
                if (built != null) {
                    built.shutdown();
                }
                if (!isLeading()) {
                    return;
                }
                log.warn("Discord: login failed ({}); trying again in {} s", e.toString(), wait.toSeconds());
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            wait = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
        }
    }

    /** Notices a shard that shut down while this instance still leads (stopJda stops leading first). */
    private final class EndWatch extends ListenerAdapter {
        @Override
        public void onShutdown(ShutdownEvent event) {
            if (isLeading()) {
                jdaEnded = true;
            }
        }
    }

    private boolean isLeading() {
        synchronized (signal) {
            return leading;
        }
    }

    private boolean publish(ShardManager built) {
        synchronized (signal) {
            if (!leading) {
                return false;
            }
            jda = built;
            gateway.running(built);
            return true;
        }
    }

    /**
     * Stops the login and JDA: at once ({@code now}, the lock is lost: pending requests are dropped)
     * or gracefully (the application stops), waiting a bounded time for the shards to close.
     */
    private void stopJda(boolean now) {
        ShardManager manager;
        Thread loggingIn;
        synchronized (signal) {
            leading = false;
            manager = jda;
            jda = null;
            loggingIn = login;
            login = null;
        }
        gateway.stopping();
        if (loggingIn != null) {
            loggingIn.interrupt();
            join(loggingIn, SHUTDOWN_WAIT);
        }
        if (manager == null) {
            return;
        }
        List<JDA> shards = manager.getShards();
        if (now) {
            // Closes the gateway and drops queued requests at once. JDA's own threads go with it, and
            // with them its SHUTDOWN status: there is nothing to wait for.
            shards.forEach(JDA::shutdownNow);
            manager.shutdown();
            log.info("Discord: JDA shut down now");
            return;
        }
        manager.shutdown();
        awaitShutdown(shards);
        log.info("Discord: JDA shut down");
    }

    private static void awaitShutdown(List<JDA> shards) {
        Instant deadline = Instant.now().plus(SHUTDOWN_WAIT);
        for (JDA shard : shards) {
            try {
                Duration left = Duration.between(Instant.now(), deadline);
                if (!shard.awaitShutdown(left.isNegative() ? Duration.ZERO : left)) {
                    log.warn("Discord: shard {} did not shut down within {} s; closing it now", shard.getShardInfo(),
                            SHUTDOWN_WAIT.toSeconds());
                    shard.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                shard.shutdownNow();
            }
        }
    }

    private static void join(Thread thread, Duration within) {
        try {
            thread.join(within.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits {@code duration}, or less if the application stops meanwhile. */
    private void pause(Duration duration) {
        Instant until = Instant.now().plus(duration);
        synchronized (signal) {
            while (running) {
                long left = Duration.between(Instant.now(), until).toMillis();
                if (left <= 0) {
                    return;
                }
                try {
                    signal.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    // ---- the lifecycle

    @Override
    public void start() {
        if (!properties.enabled() || gateway.given() || running) {
            return;
        }
        running = true;
        leader = new Thread(this::lead, "discord-lock");
        leader.setDaemon(true);
        leader.start();
    }

    /** JDA down (bounded), then the lock released; returns when both are done or their time is up. */
    @Override
    public void stop() {
        if (!running) {
            return;
        }
        synchronized (signal) {
            running = false;
            signal.notifyAll();
        }
        join(leader, SHUTDOWN_WAIT.multipliedBy(2).plus(properties.takeoverInterval()));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Below the outbox dispatcher's ({@code MAX_VALUE - 10}): it stops first, then JDA, while its rows finish. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 20;
    }
}
