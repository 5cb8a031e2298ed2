package org.beloved.app.expiry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.beloved.shared.WebDataExpiry;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Once a day: every feature deletes its web-channel data (chat simulator senders, flows,
 * subscriptions, the simulator's limit rows) that nobody used for {@link #UNUSED_FOR}. Thin: each
 * feature's own use case decides what "used" means for its rows.
 */
@DisallowConcurrentExecution
class WebExpiryJob extends QuartzJobBean {

    /** Web data nobody used for this long is deleted. */
    static final Duration UNUSED_FOR = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(WebExpiryJob.class);

    private final List<WebDataExpiry> features;
    private final Clock clock;

    WebExpiryJob(List<WebDataExpiry> features, Clock clock) {
        this.features = features;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        Instant cutoff = clock.instant().minus(UNUSED_FOR);
        int deleted = features.stream().mapToInt(f -> f.purgeUnusedSince(cutoff)).sum();
        log.info("Web expiry: {} row(s) unused since {} deleted", deleted, cutoff);
    }
}
