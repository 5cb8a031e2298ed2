package org.beloved.app.webinars;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.beloved.webinars.ReminderSchedule;
import org.beloved.webinars.Webinar;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.springframework.stereotype.Component;

/**
 * Reminder moments as Quartz triggers in the clustered JDBC store: one job per webinar, one
 * trigger per offset. A misfired trigger fires as soon as an instance is up (the use case then
 * decides whether it is still worth sending). Moments already past when a webinar is scheduled
 * collapse into one reminder now, if the webinar is still ahead.
 */
@Component
class QuartzReminderSchedule implements ReminderSchedule {

    static final String GROUP = "webinar-reminders";

    private final Scheduler scheduler;
    private final Clock clock;

    QuartzReminderSchedule(Scheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    static JobKey job(long webinarId) {
        return JobKey.jobKey("webinar-" + webinarId, GROUP);
    }

    @Override
    public void schedule(Webinar webinar, List<Duration> offsets) {
        try {
            unschedule(webinar.id());
            JobDetail job = JobBuilder.newJob(ReminderJob.class).withIdentity(job(webinar.id()))
                    .usingJobData(ReminderJob.WEBINAR, webinar.id()).storeDurably().build();
            scheduler.addJob(job, true);
            Instant now = clock.instant();
            boolean catchUpScheduled = false;
            for (Duration offset : offsets.stream().sorted().toList()) {
                Instant at = webinar.start().minus(offset);
                if (!at.isAfter(now)) {
                    if (catchUpScheduled || !webinar.start().isAfter(now)) {
                        continue;
                    }
                    at = now;
                    catchUpScheduled = true;
                }
                scheduler.scheduleJob(TriggerBuilder.newTrigger()
                        .withIdentity("webinar-" + webinar.id() + "-" + offset.getSeconds(), GROUP)
                        .forJob(job)
                        .usingJobData(ReminderJob.OFFSET_SECONDS, offset.getSeconds())
                        .startAt(Date.from(at))
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                        .build());
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule reminders for webinar " + webinar.id(), e);
        }
    }

    @Override
    public void unschedule(long webinarId) {
        try {
            scheduler.deleteJob(job(webinarId));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not remove reminders for webinar " + webinarId, e);
        }
    }
}
