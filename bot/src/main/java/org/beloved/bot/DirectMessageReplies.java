package org.beloved.bot;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a conversation's answer in a DM channel so that the person gets it: the messages split to
 * Discord's 2,000 characters on paragraph boundaries, posted one after the other (each part only
 * once the one before is accepted, so they arrive in order), and a part Discord could not take now
 * (5xx, 40003, a rate limit JDA did not wait out, a connection lost mid-request) posted again after
 * {@link #RETRY_AFTER} back-off delays. Each part carries a nonce made of the inbound message id and
 * the part's number, with {@code enforce_nonce}, so a part posted again is never doubled. Nothing
 * blocks: the posts and the waits run on JDA's request and scheduler threads. After the last delay,
 * or on a final refusal, the rest of the answer is given up and logged.
 */
@Component
class DirectMessageReplies {

    private static final Logger log = LoggerFactory.getLogger(DirectMessageReplies.class);
    /** The waits before each repeated post of one part: about half a minute in all. */
    static final List<Duration> RETRY_AFTER = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
            Duration.ofSeconds(8), Duration.ofSeconds(16));
    /** Room for "-" and a part number of up to three digits within a nonce's 25 characters. */
    private static final int NONCE_BASE_MAX = ChannelMessages.NONCE_MAX - 4;

    /**
     * Posts {@code messages} to the channel, in order.
     *
     * @param nonceBase unique to this answer (the inbound message id, with a letter for other answers to it);
     *     at most 21 characters so that a part's nonce stays within Discord's 25
     */
    void send(JDA jda, String channelId, String user, String nonceBase, List<String> messages) {
        List<String> parts = messages.stream().flatMap(m -> DiscordMessageSplitter.split(m).stream()).toList();
        String base = nonceBase.length() > NONCE_BASE_MAX ? nonceBase.substring(nonceBase.length() - NONCE_BASE_MAX)
                : nonceBase;
        if (!parts.isEmpty()) {
            new Answer(jda, channelId, user, base, parts).post(0, 0);
        }
    }

    private record Answer(JDA jda, String channelId, String user, String nonceBase, List<String> parts) {

        void post(int part, int attempt) {
            RestAction<String> action = ChannelMessages.post(jda, channelId, ChannelMessages.withNonce(
                    MessageCreateData.fromContent(parts.get(part)).toData(), nonceBase + "-" + part));
            if (attempt == 0) {
                action.queue(id -> next(part), failure -> failed(part, attempt, failure));
            } else {
                action.queueAfter(RETRY_AFTER.get(attempt - 1).toMillis(), TimeUnit.MILLISECONDS,
                        id -> next(part), failure -> failed(part, attempt, failure));
            }
        }

        private void next(int part) {
            if (part + 1 < parts.size()) {
                post(part + 1, 0);
            }
        }

        private void failed(int part, int attempt, Throwable failure) {
            Throwable cause = ChannelMessages.cause(failure);
            boolean again = ChannelMessages.passing(cause) || ChannelMessages.answerLost(cause);
            if (again && attempt < RETRY_AFTER.size()) {
                log.info("A DM answer to {} failed ({}): posting it again in {}", Pii.mask(user), cause.getMessage(),
                        RETRY_AFTER.get(attempt));
                post(part, attempt + 1);
                return;
            }
            log.warn("A DM answer to {} is lost after {} attempt(s), {} of {} parts unsent: {}", Pii.mask(user),
                    attempt + 1, parts.size() - part, parts.size(), cause.getMessage());
        }
    }
}
