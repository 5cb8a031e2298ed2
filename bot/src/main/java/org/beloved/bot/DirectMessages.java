package org.beloved.bot;

import java.time.Clock;
import java.util.List;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.beloved.conversation.Conversations;
import org.beloved.conversation.Inbound;
import org.beloved.conversation.Reply;
import org.beloved.messaging.InboundLog;
import org.beloved.messaging.OptOuts;
import org.beloved.messaging.Reachability;
import org.beloved.shared.Channel;
import org.beloved.shared.CleanText;
import org.beloved.shared.Language;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Text conversations in direct messages: the same engine as SMS and the web simulator, with the
 * Discord user id as the sender. Messages from bots (this one included) are ignored: no loops. The
 * text is {@link CleanText#clean cleaned} before the engine sees it; a message with a NUL gets a
 * polite reply and goes no further. Replies are split to Discord's 2,000 characters on paragraph
 * boundaries and posted until Discord takes them ({@link DirectMessageReplies}: a reply lost to a
 * passing error is posted again, so the conversation never moves on without the person); past the
 * per-user limit ({@link DirectMessageLimits}) one notice, then silence; a failure answers a polite
 * message rather than nothing. A user who writes to the bot can be reached again by DM: a 50007 mark
 * ({@link Reachability}) is lifted. Each message is answered once: its Discord id is claimed in the
 * {@link InboundLog} first (no text stored), so a message Discord delivers again (a RESUME replaying
 * it, a take-over by another instance) is ignored.
 */
@Component
class DirectMessages extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(DirectMessages.class);

    private final Conversations conversations;
    private final OptOuts optOuts;
    private final InboundLog inboundLog;
    private final Interactions interactions;
    private final DirectMessageRate rate;
    private final DirectMessageReplies replies;
    private final Reachability reachability;
    private final Clock clock;
    private final BotMetrics metrics;

    DirectMessages(Conversations conversations, OptOuts optOuts, InboundLog inboundLog, Interactions interactions,
            DirectMessageRate rate, DirectMessageReplies replies, Reachability reachability, Clock clock,
            BotMetrics metrics) {
        this.conversations = conversations;
        this.optOuts = optOuts;
        this.inboundLog = inboundLog;
        this.interactions = interactions;
        this.rate = rate;
        this.replies = replies;
        this.reachability = reachability;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (!event.isFromType(ChannelType.PRIVATE) || event.getAuthor().isBot() || event.isWebhookMessage()) {
            return;
        }
        String user = event.getAuthor().getId();
        String text = event.getMessage().getContentRaw();
        String id = event.getMessageId();
        interactions.execute(() -> {
            try {
                reachability.recordReachable(Channel.DISCORD, user);
                converse(event, user, text, id);
            } catch (RuntimeException e) {
                log.error("Discord DM conversation with {} failed", Pii.mask(user), e);
                metrics.inbound(BotMetrics.FAILED);
                send(event, id + "f", interactions.texts().t(languageOrEnglish(user), "dm.failed"));
            }
        });
    }

    private void converse(MessageReceivedEvent event, String user, String text, String id) {
        if (!inboundLog.claim(Channel.DISCORD, id, user, null, clock.instant()).firstTime()) {
            log.info("Discord DM {} from {} was delivered again: answered once already", id, Pii.mask(user));
            metrics.inbound(BotMetrics.DUPLICATE);
            return;
        }
        if (optOuts.isOptedOut(Channel.DISCORD, user)) {
            metrics.inbound(BotMetrics.OPTED_OUT);
            return;
        }
        DirectMessageRate.Verdict verdict = rate.count(user);
        if (verdict != DirectMessageRate.Verdict.ANSWER) {
            metrics.inbound(BotMetrics.RATE_LIMITED);
            if (verdict == DirectMessageRate.Verdict.NOTICE) {
                log.warn("Discord user {} is over the direct message limit", Pii.mask(user));
                send(event, id, interactions.texts().t(conversations.languageOf(Channel.DISCORD, user), "dm.rate-limited"));
            }
            return;
        }
        if (CleanText.hasNul(text)) {
            metrics.inbound(BotMetrics.UNREADABLE);
            send(event, id, interactions.texts().t(conversations.languageOf(Channel.DISCORD, user), "dm.unreadable"));
            return;
        }
        Reply reply = conversations.handle(new Inbound(Channel.DISCORD, user, CleanText.clean(text), clock.instant(), id));
        replies.send(event.getJDA(), event.getChannel().getId(), user, id, reply.messages());
        metrics.inbound(BotMetrics.ANSWERED);
    }

    /** One answer to the message {@code nonceBase} names (see {@link DirectMessageReplies#send}). */
    private void send(MessageReceivedEvent event, String nonceBase, String text) {
        replies.send(event.getJDA(), event.getChannel().getId(), event.getAuthor().getId(), nonceBase, List.of(text));
    }

    private Language languageOrEnglish(String user) {
        try {
            return conversations.languageOf(Channel.DISCORD, user);
        } catch (RuntimeException e) {
            return Language.EN;
        }
    }
}
