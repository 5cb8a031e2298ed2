package org.beloved.bot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * How commands answer without blocking JDA's event thread: acknowledge at once (defer), do the
 * work on a Spring-managed executor, then edit the deferred reply through the interaction hook.
 * A failure answers the user with a short message and logs the cause; the bot keeps running.
 */
@Component
public class Interactions {

    private static final Logger log = LoggerFactory.getLogger(Interactions.class);

    private final TaskExecutor executor;
    private final BotTexts texts;
    /**
     * How interactions were acknowledged when not by an ephemeral deferred reply, for
     * {@link #failed}; the newest few thousand (an interaction's token lasts 15 minutes).
     */
    private final Map<Long, Acknowledged> acknowledged = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Acknowledged> eldest) {
            return size() > 5_000;
        }
    });

    private enum Acknowledged { EDIT, PUBLIC_REPLY }

    Interactions(@Qualifier("discordExecutor") TaskExecutor executor, BotTexts texts) {
        this.executor = executor;
        this.texts = texts;
    }

    public BotTexts texts() {
        return texts;
    }

    /**
     * @param ephemeral whether only the user sees the answer (personal answers are ephemeral)
     * @param work runs on the executor with the user's language and returns the answer
     */
    public void defer(IReplyCallback event, boolean ephemeral, Function<Language, MessageEditData> work) {
        deferred(event, ephemeral, language -> event.getHook().editOriginal(work.apply(language)).queue());
    }

    /**
     * For a button on one of the bot's messages: acknowledges the click, then replaces that message,
     * buttons included, with the answer, so that a question answered cannot be answered again.
     */
    public void update(ButtonInteractionEvent event, Function<Language, MessageEditData> work) {
        acknowledged.put(event.getIdLong(), Acknowledged.EDIT);
        event.deferEdit().queue();
        answerLater(event, language -> event.getHook().editOriginal(work.apply(language)).queue());
    }

    /** Acknowledges now; on the executor, finds the user's language and answers, or says it failed. */
    private void deferred(IReplyCallback event, boolean ephemeral, Consumer<Language> answer) {
        if (!ephemeral) {
            acknowledged.put(event.getIdLong(), Acknowledged.PUBLIC_REPLY);
        }
        event.deferReply(ephemeral).queue();
        answerLater(event, answer);
    }

    private void answerLater(IReplyCallback event, Consumer<Language> answer) {
        executor.execute(() -> {
            Language language = Language.EN;
            try {
                language = texts.languageOf(event);
                answer.accept(language);
            } catch (RuntimeException e) {
                log.error("Discord interaction failed", e);
                failed(event, texts.t(language, "error.failed"));
            }
        });
    }

    /**
     * Like {@link #defer}, for answers longer than one Discord message: the first message edits the
     * deferred reply, the others follow in order, each sent once the one before it is.
     */
    public void deferMessages(IReplyCallback event, boolean ephemeral,
            Function<Language, List<List<MessageEmbed>>> work) {
        deferred(event, ephemeral, language -> {
            var messages = work.apply(language);
            event.getHook().editOriginal(MessageEditData.fromEmbeds(messages.get(0)))
                    .queue(sent -> followUps(event, messages, 1, ephemeral));
        });
    }

    private static void followUps(IReplyCallback event,
            List<List<MessageEmbed>> messages, int next, boolean ephemeral) {
        if (next < messages.size()) {
            event.getHook().sendMessageEmbeds(messages.get(next)).setEphemeral(ephemeral)
                    .queue(sent -> followUps(event, messages, next + 1, ephemeral));
        }
    }

    /**
     * Answers at once, only to the user, in their Discord client's language (no database on the event
     * thread). On an interaction already acknowledged (a handler that failed after deferring), the
     * answer goes through the hook instead, where a second {@code reply()} would be refused by
     * Discord and leave the user on "thinking…".
     */
    public void refuse(IReplyCallback event, String key) {
        String text = texts.t(BotTexts.clientLanguage(event), key);
        if (event.isAcknowledged()) {
            failed(event, text);
        } else {
            event.reply(text).setEphemeral(true).queue();
        }
    }

    /**
     * Always ephemeral. After an ephemeral deferred reply: that reply becomes the error. After a
     * public one: it is deleted (no "thinking…" left for everyone) and the error follows, ephemeral.
     * After a deferred edit of a bot message: an ephemeral followup, leaving the message as it was.
     */
    private void failed(IReplyCallback event, String text) {
        Acknowledged how = acknowledged.remove(event.getIdLong());
        if (how == null) {
            event.getHook().editOriginal(new MessageEditBuilder().setContent(text).setEmbeds().setComponents().build())
                    .queue();
            return;
        }
        if (how == Acknowledged.PUBLIC_REPLY) {
            event.getHook().deleteOriginal().queue();
        }
        event.getHook().sendMessage(text).setEphemeral(true).queue();
    }

    /** Runs background work on the Discord executor. */
    public void execute(Runnable work) {
        executor.execute(work);
    }
}
