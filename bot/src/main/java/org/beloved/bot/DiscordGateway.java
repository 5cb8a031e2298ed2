package org.beloved.bot;

import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * This instance's Discord connection, when it has one: the one way code outside the JDA set-up
 * reaches JDA, so that where and when JDA runs is decided in one place ({@link DiscordLeadership}:
 * only the instance holding the cluster's Discord lock runs JDA, built in the background).
 */
@Component
public class DiscordGateway {

    /** Where Discord stands on this instance. */
    public enum State {
        /** No token: the Discord adapter is off. */
        OFF,
        /** Another instance holds the Discord connection; this one takes over if it dies. */
        STANDBY,
        /** This instance holds the Discord lock and is logging in or reconnecting. */
        CONNECTING,
        /** Every shard is connected here. */
        CONNECTED;

        /** The state of {@code gateway}: OFF when there is none (no token: {@link DiscordBeans} left it out). */
        static State of(ObjectProvider<DiscordGateway> gateway) {
            DiscordGateway present = gateway.getIfAvailable();
            return present == null ? OFF : present.state();
        }
    }

    private final boolean enabled;
    private final ShardManager fixed;
    private volatile boolean holder;
    private volatile ShardManager shards;

    /**
     * {@code given}: a ShardManager bean, which only a test declares (a mock): it then stands for a
     * connected JDA and no lock is taken. Without one, JDA is {@link DiscordLeadership}'s.
     */
    @Autowired
    DiscordGateway(DiscordProperties properties, ObjectProvider<ShardManager> given) {
        this.fixed = given.getIfAvailable();
        this.enabled = properties.enabled() || fixed != null;
    }

    /** A gateway to the ShardManager {@code given} has, taken as connected, or to none: off (unit tests). */
    DiscordGateway(ObjectProvider<ShardManager> given) {
        this.fixed = given.getIfAvailable();
        this.enabled = fixed != null;
    }

    /** JDA's shards on this instance; empty when Discord is off here, another instance holds it, or JDA is not built yet. */
    public Optional<ShardManager> shards() {
        return Optional.ofNullable(fixed != null ? fixed : shards);
    }

    /** Whether Discord is connected on this instance: every shard of its JDA is {@link JDA.Status#CONNECTED}. */
    public boolean connected() {
        if (fixed != null) {
            return true;
        }
        ShardManager manager = shards;
        if (manager == null) {
            return false;
        }
        Map<JDA, JDA.Status> statuses = manager.getStatuses();
        return !statuses.isEmpty() && statuses.size() >= manager.getShardsTotal()
                && statuses.values().stream().allMatch(status -> status == JDA.Status.CONNECTED);
    }

    public State state() {
        if (!enabled) {
            return State.OFF;
        }
        if (fixed == null && !holder) {
            return State.STANDBY;
        }
        return connected() ? State.CONNECTED : State.CONNECTING;
    }

    /** Whether JDA is a given one (a test's), not this instance's to run. */
    boolean given() {
        return fixed != null;
    }

    /** This instance took the Discord lock: JDA is being built. */
    void holding() {
        holder = true;
    }

    /** JDA is built (it connects on its own threads). */
    void running(ShardManager built) {
        shards = built;
    }

    /** JDA is going away: nothing new may use it. */
    void stopping() {
        shards = null;
    }

    /** This instance no longer holds the Discord lock. */
    void released() {
        shards = null;
        holder = false;
    }
}
