package org.beloved.organizers;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Once every bean exists (the schema is migrated): adds the organizers the settings name, loads the
 * Discord organizers into memory, and reads them again every {@link #REFRESH}, so that an organizer
 * added or removed on another instance counts here within that time.
 */
@Component
class OrganizerStartup implements SmartInitializingSingleton, DisposableBean {

    static final Duration REFRESH = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(OrganizerStartup.class);

    private final OrganizerRoster roster;
    private final OrganizerSettings settings;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "organizers-refresh");
        thread.setDaemon(true);
        return thread;
    });

    OrganizerStartup(OrganizerRoster roster, OrganizerSettings settings) {
        this.roster = roster;
        this.settings = settings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        roster.bootstrap(settings);
        roster.refresh();
        refresher.scheduleWithFixedDelay(this::refresh, REFRESH.toSeconds(), REFRESH.toSeconds(), TimeUnit.SECONDS);
    }

    private void refresh() {
        try {
            roster.refresh();
        } catch (RuntimeException e) {
            log.warn("Could not read the organizers again; keeping the ones known", e);
        }
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
