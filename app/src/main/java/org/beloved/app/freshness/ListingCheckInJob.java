package org.beloved.app.freshness;

import org.beloved.directory.ListingCheckIns;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Every hour: one pass of the 90-day listing check-in ({@link ListingCheckIns#run}). Thin: the
 * directory decides who is asked, asked again or hidden.
 */
@DisallowConcurrentExecution
class ListingCheckInJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(ListingCheckInJob.class);

    private final ListingCheckIns checkIns;

    ListingCheckInJob(ListingCheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        ListingCheckIns.Run run = checkIns.run();
        log.info("Listing check-in: {} asked, {} asked again, {} hidden unanswered, {} hidden with nobody to ask",
                run.asked(), run.askedAgain(), run.hiddenSilent(), run.hiddenNoChannel());
    }
}
