package org.beloved.app.freshness;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listing check-in in the clustered Quartz store: one job and one trigger (every hour, at 41
 * minutes past) for the whole cluster. The messages themselves go through the outbox, so a run
 * repeated after a crash enqueues nothing twice. A run missed while every instance was down happens
 * when one starts.
 */
@Configuration(proxyBeanMethods = false)
class ListingCheckInSchedule {

    static final JobKey JOB = JobKey.jobKey("listing-check-in", "directory");

    @Bean
    JobDetail listingCheckInJob() {
        return JobBuilder.newJob(ListingCheckInJob.class).withIdentity(JOB).storeDurably()
                .withDescription("Asks listings' contacts every 90 days whether they are still in the campaign").build();
    }

    @Bean
    Trigger listingCheckInTrigger(JobDetail listingCheckInJob) {
        return TriggerBuilder.newTrigger().withIdentity("listing-check-in-hourly", JOB.getGroup())
                .forJob(listingCheckInJob)
                .withSchedule(CronScheduleBuilder.cronSchedule("0 41 * * * ?")
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
