package org.beloved.app.webinars;

import java.time.Duration;
import org.beloved.webinars.Reminders;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** A reminder's moment: carries the webinar id and the offset, and calls the core use case. */
class ReminderJob extends QuartzJobBean {

    static final String WEBINAR = "webinarId";
    static final String OFFSET_SECONDS = "offsetSeconds";

    private final Reminders reminders;

    ReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        var data = context.getMergedJobDataMap();
        reminders.fire(data.getLong(WEBINAR), Duration.ofSeconds(data.getLong(OFFSET_SECONDS)));
    }
}
