package org.beloved.bot.webinars;

import java.util.LinkedHashSet;
import java.util.Set;
import org.beloved.bot.AnnounceChannels;
import org.beloved.webinars.WebinarChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the Discord announcements of a webinar change, in the change's own transaction, on every
 * instance: also on one without Discord (no token), so that the instance connected to Discord, now or
 * later, announces it ({@link AnnouncementWorker}, {@link WebinarAnnouncer#perform}). Names no JDA type:
 * it stays when the JDA-facing beans are left out ({@code DiscordBeans}).
 */
@Component
class AnnouncementIntake {

    private final AnnounceChannels channels;
    private final ServerRecords records;
    private final AnnouncementQueue queue;

    AnnouncementIntake(AnnounceChannels channels, ServerRecords records, AnnouncementQueue queue) {
        this.channels = channels;
        this.records = records;
        this.queue = queue;
    }

    /**
     * A row for every server with a channel, and for every server with the webinar's event (even one
     * that has since cleared its channel), so that its event follows.
     */
    @EventListener
    void on(WebinarChanged changed) {
        long id = changed.webinar().id();
        Set<String> servers = new LinkedHashSet<>();
        channels.all().forEach(server -> servers.add(server.guildId()));
        servers.addAll(records.events(id).keySet());
        queue.enqueueChange(id, AnnouncementQueue.Kind.valueOf(changed.change().name()), servers);
    }
}
