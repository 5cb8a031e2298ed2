package org.beloved.bot.alerts;

import java.util.Optional;
import org.beloved.alerts.Alert;
import org.beloved.alerts.AlertSent;
import org.beloved.alerts.Alerts;
import org.beloved.bot.AnnounceChannels;
import org.beloved.bot.directory.ServerZips;
import org.beloved.shared.Channel;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues an alert's server posts, in the sending transaction, on every instance: also on one without
 * Discord (no token), so that the instance connected to Discord, now or later, posts them
 * ({@link AlertPostWorker}, {@link AlertServerPosts#post}). Names no JDA type: it stays when the
 * JDA-facing beans are left out ({@code DiscordBeans}).
 */
@Component
class AlertPostIntake {

    private final Alerts alerts;
    private final ServerZips serverZips;
    private final AnnounceChannels channels;
    private final AlertPostQueue queue;

    AlertPostIntake(Alerts alerts, ServerZips serverZips, AnnounceChannels channels, AlertPostQueue queue) {
        this.alerts = alerts;
        this.serverZips = serverZips;
        this.channels = channels;
        this.queue = queue;
    }

    /** A row per server with a channel whose ZIP the alert reaches. */
    @EventListener
    void on(AlertSent sent) {
        Optional<Alert> alert = alerts.find(sent.alertId());
        if (alert.isEmpty() || !alert.get().channels().contains(Channel.DISCORD)) {
            return;
        }
        for (ServerZips.ServerZip server : serverZips.all()) {
            if (alerts.reaches(alert.get(), server.zip())) {
                channels.of(server.guildId()).ifPresent(c -> queue.enqueue(sent.alertId(), c.guildId(), c.channelId()));
            }
        }
    }
}
