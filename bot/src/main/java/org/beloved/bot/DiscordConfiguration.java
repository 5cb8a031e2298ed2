package org.beloved.bot;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * JDA, always through a {@link ShardManager} so that growing past one gateway connection is the
 * {@code beloved.discord.shards} setting, not a rewrite. Only two intents, neither privileged:
 * GUILDS (servers and channels, for announcements) and DIRECT_MESSAGES (text conversations in DMs,
 * whose content Discord gives bots without the message-content intent). No member list. Every
 * {@link ListenerAdapter} bean listens: the router, the registrar, DMs, the webinar announcer.
 * REST calls go to {@code beloved.discord.api-base-url}, and so does the gateway's address lookup.
 * JDA is no bean: it runs only on the instance that holds the Discord lock ({@link DiscordLeadership}),
 * and code reaches it through {@link DiscordGateway}.
 */
@Configuration(proxyBeanMethods = false)
class DiscordConfiguration {

    /** JDA always adds the guilds intent itself, so it is not listed. */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.DIRECT_MESSAGES);

    /**
     * A JDA not logged in yet ({@link DiscordLeadership} logs it in, on the instance holding the
     * Discord lock). No shutdown hook of its own: Spring shuts it down, after the outbox dispatcher.
     */
    static ShardManager newShardManager(DiscordProperties properties, List<ListenerAdapter> listeners) {
        return DefaultShardManagerBuilder.createLight(properties.token(), INTENTS)
                .setShardsTotal(properties.shards())
                .setRestConfig(new RestConfig().setBaseUrl(properties.apiBaseUrl()))
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .setEnableShutdownHook(false)
                .addEventListeners(listeners.toArray())
                .build(false);
    }

    /** Threads of {@link #discordExecutor()}: all of them start before any work queues. */
    static final int DISCORD_THREADS = 8;

    /**
     * Where deferred interactions and DM conversations do their work, off JDA's event threads.
     * Core = max: a pool grows past its core only when its queue is full, so with a smaller core and
     * a long queue it never would; idle threads time out instead.
     */
    @Bean
    ThreadPoolTaskExecutor discordExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("discord-");
        executor.setCorePoolSize(DISCORD_THREADS);
        executor.setMaxPoolSize(DISCORD_THREADS);
        executor.setAllowCoreThreadTimeOut(true);
        executor.setKeepAliveSeconds(60);
        executor.setQueueCapacity(1000);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
