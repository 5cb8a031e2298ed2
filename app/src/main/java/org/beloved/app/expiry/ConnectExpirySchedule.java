package org.beloved.app.expiry;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * CONNECT's expiry in the clustered Quartz store: one job and one trigger (every hour, at 23
 * minutes past) for the whole cluster, so a row lives at most an hour past its 7 days whatever
 * the number of instances. A run missed while every instance was down happens when one starts.
 */
@Configuration(proxyBeanMethods = false)
class ConnectExpirySchedule {

    static final JobKey JOB = JobKey.jobKey("connect-expiry", "maintenance");

    @Bean
    JobDetail connectExpiryJob() {
        return JobBuilder.newJob(ConnectExpiryJob.class).withIdentity(JOB).storeDurably()
                .withDescription("Deletes CONNECT requests and shown partner lists older than 7 days").build();
    }

    @Bean
    Trigger connectExpiryTrigger(JobDetail connectExpiryJob) {
        return TriggerBuilder.newTrigger().withIdentity("connect-expiry-hourly", JOB.getGroup())
                .forJob(connectExpiryJob)
                .withSchedule(CronScheduleBuilder.cronSchedule("0 23 * * * ?")
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
