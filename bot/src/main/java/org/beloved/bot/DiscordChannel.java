package org.beloved.bot;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.internal.requests.RestActionImpl;
import org.beloved.messaging.Delivery;
import org.beloved.messaging.OutboundChannel;
import org.beloved.messaging.Reachability;
import org.beloved.shared.Channel;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers Beloved's own messages on Discord, as embeds: a direct message to a user (address: the
 * user id; the outbox has already left out the opted out and unreachable), or a post in a server
 * channel. The outbox's DISCORD rate gate paces DMs; Discord's own limits are JDA's queue's business. Each call is
 * one request: a request whose outcome is unknown (timed out) is reported so, never repeated. A
 * user whose DMs are closed (error 50007) is marked unreachable at once rather than retried.
 */
@Component
public class DiscordChannel implements OutboundChannel {

    private static final Logger log = LoggerFactory.getLogger(DiscordChannel.class);
    private static final long TIMEOUT_SECONDS = 30;
    public static final int COLOR = 0x7A2E8E;

    private final DiscordGateway gateway;
    private final Reachability reachability;
    private final DirectMessageChannels dmChannels;

    DiscordChannel(DiscordGateway gateway, Reachability reachability, DirectMessageChannels dmChannels) {
        this.gateway = gateway;
        this.reachability = reachability;
        this.dmChannels = dmChannels;
    }

    @Override
    public Channel channel() {
        return Channel.DISCORD;
    }

    /** Discord is connected on this instance (it holds the cluster's Discord lock and every shard is up). */
    @Override
    public boolean ready() {
        return gateway.connected();
    }

    /**
     * A direct message to the user {@code userId}: one post to the DM channel stored for them, or,
     * the first time (or when Discord no longer knows the stored channel: 10003), open the DM
     * channel, store it, and post.
     */
    @Override
    public Delivery send(long outboxId, String userId, String text) {
        ShardManager manager = gateway.shards().orElse(null);
        if (manager == null) {
            return Delivery.skipped("the Discord adapter is off");
        }
        JDA jda = firstShard(manager);
        MessageCreateData message = MessageCreateData.fromEmbeds(embed(text));
        try {
            Optional<String> stored = dmChannels.of(userId);
            if (stored.isPresent()) {
                try {
                    return Delivery.sent(await(postTo(jda, stored.get(), message)));
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof ErrorResponseException error
                            && error.getErrorResponse() == ErrorResponse.UNKNOWN_CHANNEL)) {
                        throw e;
                    }
                    log.info("The stored DM channel of {} is gone (10003): opening it again", Pii.mask(userId));
                    dmChannels.forget(userId);
                }
            }
            PrivateChannel opened = jda.openPrivateChannelById(userId).submit().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            dmChannels.remember(userId, opened.getId());
            return Delivery.sent(opened.sendMessage(message).submit().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).getId());
        } catch (ExecutionException e) {
            return failed(userId, e.getCause());
        } catch (TimeoutException e) {
            log.warn("Discord DM to {}: no answer in {} s; outcome unknown, not retried", Pii.mask(userId), TIMEOUT_SECONDS);
            return Delivery.unknown("timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.unknown("interrupted");
        }
    }

    /**
     * {@code POST /channels/{id}/messages} for a channel JDA need not have in its cache (a DM
     * channel stored before a restart or by another instance); the answer is the message id. It
     * goes through JDA's requester, so Discord's rate limits (429, retry_after) are kept as for any call.
     */
    private static RestAction<String> postTo(JDA jda, String channelId, MessageCreateData message) {
        return new RestActionImpl<>(jda, Route.Messages.SEND_MESSAGE.compile(channelId), message.toData(),
                (response, request) -> response.getObject().getString("id"));
    }

    private static String await(RestAction<String> action) throws ExecutionException, TimeoutException, InterruptedException {
        return action.submit().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** DMs belong to shard 0 (Discord sends them there). */
    private static JDA firstShard(ShardManager manager) {
        JDA first = manager.getShardById(0);
        return first != null ? first : manager.getShards().get(0);
    }

    /** A post in a server's channel (an announcement). */
    public Delivery post(String channelId, MessageEmbed embed) {
        return post(channelId, MessageCreateData.fromEmbeds(embed));
    }

    /** A post in a server's channel, with whatever mentions, buttons and allowed mentions {@code message} carries. */
    public Delivery post(String channelId, MessageCreateData message) {
        ShardManager manager = gateway.shards().orElse(null);
        if (manager == null) {
            return Delivery.skipped("the Discord adapter is off");
        }
        GuildMessageChannel channel = manager.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) {
            return Delivery.failed("channel " + channelId + " not found or not visible to the bot");
        }
        try {
            return Delivery.sent(channel.sendMessage(message).submit().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).getId());
        } catch (ExecutionException e) {
            log.warn("Discord post in channel {} failed: {}", channelId, e.getCause().getMessage());
            return Delivery.failed(e.getCause().getMessage());
        } catch (TimeoutException e) {
            return Delivery.unknown("timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.unknown("interrupted");
        }
    }

    static MessageEmbed embed(String text) {
        return new EmbedBuilder().setColor(COLOR).setDescription(text).build();
    }

    private Delivery failed(String userId, Throwable cause) {
        if (cause instanceof ErrorResponseException error && error.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
            reachability.recordUnreachable(Channel.DISCORD, userId, 1);
            log.info("Discord user {} does not accept DMs (50007): marked unreachable", Pii.mask(userId));
            return Delivery.skipped("DMs closed (50007)");
        }
        log.warn("Discord DM to {} failed: {}", Pii.mask(userId), cause.getMessage());
        if (cause instanceof ErrorResponseException error && error.getResponse() != null
                && error.getResponse().getException() != null) {
            return Delivery.unknown(cause.getMessage());   // the connection failed mid-request: it may have gone
        }
        if (cause instanceof ErrorResponseException error && !error.isServerError()) {
            return Delivery.refused(cause.getMessage());   // an unknown user, a missing permission: final (JDA retries 429s itself)
        }
        return Delivery.failed(cause.getMessage());
    }
}
