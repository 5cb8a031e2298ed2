package org.beloved.bot;

import java.time.Clock;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.beloved.conversation.Conversations;
import org.beloved.conversation.Inbound;
import org.beloved.conversation.Reply;
import org.beloved.messaging.OptOuts;
import org.beloved.shared.Channel;
import org.beloved.shared.CleanText;
import org.springframework.stereotype.Component;

/**
 * Text conversations in direct messages: the same engine as SMS and the web simulator, with the
 * Discord user id as the sender. Messages from bots (this one included) are ignored: no loops. The
 * text is {@link CleanText#clean cleaned} before the engine sees it; a message with a NUL gets a
 * polite reply and goes no further.
 */
@Component
class DirectMessages extends ListenerAdapter {

    private final Conversations conversations;
    private final OptOuts optOuts;
    private final Interactions interactions;
    private final Clock clock;

    DirectMessages(Conversations conversations, OptOuts optOuts, Interactions interactions, Clock clock) {
        this.conversations = conversations;
        this.optOuts = optOuts;
        this.interactions = interactions;
        this.clock = clock;
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
            if (optOuts.isOptedOut(Channel.DISCORD, user)) {
                return;
            }
            if (CleanText.hasNul(text)) {
                event.getChannel().sendMessage(interactions.texts()
                        .t(conversations.languageOf(Channel.DISCORD, user), "dm.unreadable")).queue();
                return;
            }
            Reply reply = conversations.handle(new Inbound(Channel.DISCORD, user, CleanText.clean(text), clock.instant(), id));
            for (String message : reply.messages()) {
                event.getChannel().sendMessage(message).queue();
            }
        });
    }
}
