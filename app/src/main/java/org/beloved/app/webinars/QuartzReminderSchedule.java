package org.beloved.app.webinars;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.beloved.webinars.ReminderSchedule;
import org.beloved.webinars.Webinar;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.stereotype.Component;

/**
 * Reminder moments as Quartz triggers in the clustered JDBC store: one job per webinar, one
 * trigger per offset still ahead. A misfired trigger fires as soon as an instance is up (the use
 * case then decides whether it is still worth sending). A webinar scheduled so soon that every
 * moment has passed gets one reminder now, as the last one (the smallest offset).
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
            List<Duration> ahead = offsets.stream().filter(o -> webinar.start().minus(o).isAfter(now)).sorted().toList();
            for (Duration offset : ahead) {
                trigger(webinar, job, offset, webinar.start().minus(offset));
            }
            if (ahead.isEmpty() && webinar.start().isAfter(now) && !offsets.isEmpty()) {
                trigger(webinar, job, offsets.stream().min(Duration::compareTo).orElseThrow(), now);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule reminders for webinar " + webinar.id(), e);
        }
    }

    private void trigger(Webinar webinar, JobDetail job, Duration offset, Instant at) throws SchedulerException {
        scheduler.scheduleJob(TriggerBuilder.newTrigger()
                .withIdentity("webinar-" + webinar.id() + "-" + offset.getSeconds(), GROUP)
                .forJob(job)
                .usingJobData(ReminderJob.OFFSET_SECONDS, offset.getSeconds())
                .startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build());
    }

    @Override
    public void unschedule(long webinarId) {
        try {
            scheduler.deleteJob(job(webinarId));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not remove reminders for webinar " + webinarId, e);
        }
    }

    /** Read from the store, so it is the cluster's schedule, whichever instance asks. */
    @Override
    public Map<Duration, Instant> pending(long webinarId) {
        try {
            Map<Duration, Instant> pending = new TreeMap<>();
            for (Trigger trigger : scheduler.getTriggersOfJob(job(webinarId))) {
                if (trigger.getNextFireTime() != null && trigger.getJobDataMap().containsKey(ReminderJob.OFFSET_SECONDS)) {
                    pending.put(Duration.ofSeconds(trigger.getJobDataMap().getLong(ReminderJob.OFFSET_SECONDS)),
                            trigger.getNextFireTime().toInstant());
                }
            }
            return pending;
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not read the reminders of webinar " + webinarId, e);
        }
    }
}
