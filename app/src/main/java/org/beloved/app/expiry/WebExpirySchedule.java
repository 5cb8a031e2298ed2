package org.beloved.app.expiry;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily web expiry in the clustered Quartz store: one job and one trigger (every day at 03:17
 * UTC) for the whole cluster, so it runs once a day whatever the number of instances. An instance
 * starting finds them stored already and leaves them as they are; a run missed while every
 * instance was down happens when one starts again.
 */
@Configuration(proxyBeanMethods = false)
class WebExpirySchedule {

    static final JobKey JOB = JobKey.jobKey("web-expiry", "maintenance");

    @Bean
    JobDetail webExpiryJob() {
        return JobBuilder.newJob(WebExpiryJob.class).withIdentity(JOB).storeDurably()
                .withDescription("Deletes web-channel data nobody used for 30 days").build();
    }

    @Bean
    Trigger webExpiryTrigger(JobDetail webExpiryJob) {
        return TriggerBuilder.newTrigger().withIdentity("web-expiry-daily", JOB.getGroup()).forJob(webExpiryJob)
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(3, 17).inTimeZone(TimeZone.getTimeZone("UTC"))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
