package org.beloved.bot.alerts;

import java.util.EnumSet;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.beloved.alerts.Alert;
import org.beloved.alerts.Alerts;
import org.beloved.bot.BotTexts;
import org.beloved.bot.DiscordChannel;
import org.beloved.messaging.Delivery;
import org.beloved.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Posts an action alert sent on Discord in every server whose default ZIP ({@code /server-zip}) lies
 * in the alert's audience and that has an announcement channel: queued in the sending transaction
 * ({@link AlertPostIntake}), once per server (a repeated send queues nothing), posted by the instance connected to Discord
 * ({@link AlertPostWorker}). The post carries both languages and pings nobody.
 */
@Component
class AlertServerPosts {

    private final Alerts alerts;
    private final DiscordChannel discord;
    private final BotTexts texts;

    AlertServerPosts(Alerts alerts, DiscordChannel discord, BotTexts texts) {
        this.alerts = alerts;
        this.discord = discord;
        this.texts = texts;
    }

    /** One row's post, under the row's nonce: a retry after a post Discord made all the same returns that post. */
    Delivery post(AlertPostQueue.Task task) {
        Optional<Alert> alert = alerts.find(task.alertId());
        if (alert.isEmpty()) {
            return Delivery.skipped("alert gone");
        }
        return discord.post(task.channelId(), message(alert.get()), nonce(task));
    }

    /** The same for every attempt at a row's post, and never another post's: {@code l} and the row's id. */
    static String nonce(AlertPostQueue.Task task) {
        return "l" + task.id();
    }

    MessageCreateData message(Alert alert) {
        String text = texts.t(Language.EN, "alerts.post", alert.text(Language.EN)) + "\n\n"
                + texts.t(Language.ES, "alerts.post", alert.text(Language.ES));
        return new MessageCreateBuilder().setEmbeds(new EmbedBuilder().setColor(DiscordChannel.COLOR)
                        .setDescription(text).build())
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build();
    }
}
