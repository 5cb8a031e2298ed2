package org.beloved.bot;

import java.time.Duration;
import java.time.Instant;
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
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.TimeUtil;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.beloved.messaging.Delivery;
import org.beloved.messaging.OutboundChannel;
import org.beloved.messaging.Reachability;
import org.beloved.messaging.Verification;
import org.beloved.shared.Channel;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers Beloved's own messages on Discord, as embeds: a direct message to a user (address: the
 * user id; the outbox has already left out the opted out and unreachable), or a post in a server
 * channel. The outbox's DISCORD rate gate paces DMs; Discord's own limits are JDA's queue's business.
 *
 * <p>Every DM carries its outbox id as the message {@code nonce} with {@code enforce_nonce}, so a
 * post repeated within Discord's window returns the message already made, and {@link #verify} can
 * find it. A request whose outcome is unknown (timed out, connection lost) is reported so, never
 * repeated here. Discord's answers by meaning: 50007 (the user takes no DMs) marks the user
 * unreachable until they write to the bot or turn reminders on again; 40003 (opening DMs too fast),
 * 429 and 5xx are failures that pass, retried by the outbox with back-off; any other 4xx is final.
 */
@Component
public class DiscordChannel implements OutboundChannel {

    private static final Logger log = LoggerFactory.getLogger(DiscordChannel.class);
    private static final long TIMEOUT_SECONDS = 30;
    /** How far Discord's clock may be behind ours when {@link #verify} looks for messages made after a time. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /** Pages of {@value ChannelMessages#PAGE} messages {@link #verify} reads at most; beyond, it cannot tell. */
    static final int VERIFY_PAGES = 5;
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
     * channel, store it, and post. The channel is stored <em>before</em> anything is posted to it,
     * which {@link #verify} relies on.
     */
    @Override
    public Delivery send(long outboxId, String userId, String text) {
        ShardManager manager = gateway.shards().orElse(null);
        if (manager == null) {
            return Delivery.skipped("the Discord adapter is off");
        }
        JDA jda = firstShard(manager);
        DataObject message = ChannelMessages.withNonce(MessageCreateData.fromEmbeds(embed(text)).toData(),
                Long.toString(outboxId));
        try {
            Optional<String> stored = dmChannels.of(userId);
            if (stored.isPresent()) {
                try {
                    return Delivery.sent(await(ChannelMessages.post(jda, stored.get(), message)));
                } catch (ExecutionException e) {
                    if (!ChannelMessages.isError(e.getCause(), ErrorResponse.UNKNOWN_CHANNEL.getCode())) {
                        throw e;
                    }
                    log.info("The stored DM channel of {} is gone (10003): opening it again", Pii.mask(userId));
                    dmChannels.forget(userId);
                }
            }
            PrivateChannel opened = jda.openPrivateChannelById(userId).submit().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            dmChannels.remember(userId, opened.getId());
            return Delivery.sent(await(ChannelMessages.post(jda, opened.getId(), message)));
        } catch (ExecutionException e) {
            return failed(userId, e.getCause());
        } catch (TimeoutException e) {
            log.warn("Discord DM to {}: no answer in {} s; outcome unknown, not retried", Pii.mask(userId), TIMEOUT_SECONDS);
            return Delivery.unknown("timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.unknown("interrupted");
        } catch (RuntimeException e) {
            // JDA shut down or shutting down: the request was never made
            log.warn("Discord DM to {} not attempted: {}", Pii.mask(userId), e.toString());
            return Delivery.failed(e.toString());
        }
    }

    /**
     * Whether the DM of {@code outboxId} reached the user's DM channel after {@code since}: reads the
     * channel's messages since then (less {@link #CLOCK_SKEW}) and looks for the nonce (when Discord
     * gives it back) or, failing that, a message by the bot whose embed says {@code text}.
     *
     * <p>No stored DM channel means nothing was posted (known without asking Discord): {@link #send}
     * stores the channel before its post, and DELETE MY DATA erases the channel together with the
     * user's outbox rows. A stored channel Discord no longer knows (10003) holds no message either.
     * Discord off on this instance, a failed read, or more messages since than {@link #VERIFY_PAGES}
     * pages: it cannot tell. Should a sender thought dead still be posting, the nonce keeps a post
     * made again after DID_NOT_GO to the one message (within Discord's window of a few minutes).
     */
    @Override
    public Verification verify(long outboxId, String userId, String text, Instant since) {
        Optional<String> stored = dmChannels.of(userId);
        if (stored.isEmpty()) {
            return Verification.didNotGo("no DM channel stored: nothing was posted");
        }
        ShardManager manager = gateway.shards().orElse(null);
        if (manager == null) {
            return Verification.cannotTell("the Discord adapter is off on this instance");
        }
        try {
            JDA jda = firstShard(manager);
            return lookUp(jda, stored.get(), Long.toString(outboxId), text, since);
        } catch (ExecutionException e) {
            if (ChannelMessages.isError(e.getCause(), ErrorResponse.UNKNOWN_CHANNEL.getCode())) {
                return Verification.didNotGo("the stored DM channel is unknown to Discord (10003)");
            }
            return Verification.cannotTell("reading the DM channel failed: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            return Verification.cannotTell("reading the DM channel timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verification.cannotTell("interrupted");
        } catch (RuntimeException e) {
            return Verification.cannotTell("Discord not reachable here: " + e);
        }
    }

    private static Verification lookUp(JDA jda, String channelId, String nonce, String text, Instant since)
            throws ExecutionException, TimeoutException, InterruptedException {
        String self = jda.getSelfUser().getId();
        long after = TimeUtil.getDiscordTimestamp(since.minus(CLOCK_SKEW).toEpochMilli());
        String sameText = null;
        for (int page = 0; page < VERIFY_PAGES; page++) {
            DataArray messages = ChannelMessages.after(jda, channelId, after).submit().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            for (int i = 0; i < messages.length(); i++) {
                DataObject message = messages.getObject(i);
                String id = message.getString("id");
                after = Math.max(after, Long.parseUnsignedLong(id));
                if (nonce.equals(message.opt("nonce").map(Object::toString).orElse(null))) {
                    return Verification.went(id);
                }
                if (sameText == null && byBotSaying(message, self, text)) {
                    sameText = id;
                }
            }
            if (messages.length() < ChannelMessages.PAGE) {
                return sameText != null ? Verification.went(sameText)
                        : Verification.didNotGo("not among the DM channel's messages since " + since);
            }
        }
        return sameText != null ? Verification.went(sameText)
                : Verification.cannotTell("more than " + VERIFY_PAGES * ChannelMessages.PAGE + " messages since " + since);
    }

    /** Discord gives a message's nonce back only for a while: the bot's message with our embed will do. */
    private static boolean byBotSaying(DataObject message, String self, String text) {
        if (!self.equals(message.optObject("author").map(a -> a.getString("id", "")).orElse(""))) {
            return false;
        }
        DataArray embeds = message.optArray("embeds").orElseGet(DataArray::empty);
        return embeds.length() > 0 && text.strip().equals(embeds.getObject(0).getString("description", "").strip());
    }

    private static String await(RestAction<String> action) throws ExecutionException, TimeoutException, InterruptedException {
        return action.submit().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** DMs belong to shard 0 (Discord sends them there). */
    private static JDA firstShard(ShardManager manager) {
        JDA first = manager.getShardById(0);
        return first != null ? first : manager.getShards().get(0);
    }

    /** A post in a server's channel (an announcement); {@code nonce} as for {@link #post(String, MessageCreateData, String)}. */
    public Delivery post(String channelId, MessageEmbed embed, String nonce) {
        return post(channelId, MessageCreateData.fromEmbeds(embed), nonce);
    }

    /**
     * A post in a server's channel, with whatever mentions, buttons and allowed mentions {@code message}
     * carries. It carries {@code nonce} (1 to 25 characters, the same for every attempt at this post)
     * with {@code enforce_nonce}, so an attempt repeated within Discord's window after a failure whose
     * post was made all the same (a 5xx, a lost answer) returns that post instead of making another.
     */
    public Delivery post(String channelId, MessageCreateData message, String nonce) {
        ShardManager manager = gateway.shards().orElse(null);
        if (manager == null) {
            return Delivery.skipped("the Discord adapter is off");
        }
        GuildMessageChannel channel = manager.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) {
            return Delivery.failed("channel " + channelId + " not found or not visible to the bot");
        }
        try {
            return Delivery.sent(channel.sendMessage(message).setNonce(nonce).submit()   // JDA adds enforce_nonce
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).getId());
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
        if (ChannelMessages.isError(cause, ErrorResponse.CANNOT_SEND_TO_USER.getCode())) {
            reachability.recordUnreachable(Channel.DISCORD, userId, 1);
            log.info("Discord user {} does not accept DMs (50007): marked unreachable until they write or turn"
                    + " reminders on", Pii.mask(userId));
            return Delivery.skipped("DMs closed (50007)");
        }
        log.warn("Discord DM to {} failed: {}", Pii.mask(userId), cause.getMessage());
        if (ChannelMessages.answerLost(cause)) {
            return Delivery.unknown(cause.getMessage());   // the connection failed mid-request: it may have gone
        }
        if (ChannelMessages.passing(cause) || !(cause instanceof ErrorResponseException)) {
            return Delivery.failed(cause.getMessage());   // 40003, 429, 5xx: the outbox tries again later
        }
        return Delivery.refused(cause.getMessage());   // an unknown user, a missing permission: final
    }
}
