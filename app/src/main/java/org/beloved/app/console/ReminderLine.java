package org.beloved.app.console;

import java.time.Duration;
import java.time.ZoneId;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.beloved.webinars.ReminderPlan;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarTimes;

/**
 * One reminder of a webinar as the Webinars page lists it: how long before the start, when it goes
 * out (or went) in the webinar's own zone and, where that zone is not UTC then, in UTC; whom it goes
 * to by channel, or that it was sent.
 *
 * @param at the instant, ISO-8601, for the {@code <time>} element
 * @param utc the moment in UTC, or null when the webinar's zone is UTC then
 * @param quiet how many SMS recipients get it only when quiet hours end, or null when none
 */
record ReminderLine(long seconds, String before, String at, String when, String utc, String status, String quiet,
        boolean sent) {

    private static final ZoneId UTC = ZoneId.of("UTC");

    static ReminderLine of(ReminderPlan plan, Webinar webinar, Language language, Texts texts) {
        ZoneId zone = webinar.timeZone();
        boolean utcToo = zone.getRules().getOffset(plan.at()).getTotalSeconds() != 0;
        return new ReminderLine(plan.offset().getSeconds(), before(plan.offset(), language, texts), plan.at().toString(),
                WebinarTimes.format(plan.at(), zone, language),
                utcToo ? WebinarTimes.format(plan.at(), UTC, language) : null, status(plan, language, texts),
                plan.waitForQuietHours() > 0 ? texts.get(language, "console.webinars.reminder.quiet", plan.waitForQuietHours())
                        : null,
                plan.status() == ReminderPlan.Status.SENT);
    }

    /** "1 day before", "2 hours before", "90 minutes before": the largest unit the offset is a whole number of. */
    private static String before(Duration offset, Language language, Texts texts) {
        if (offset.toSeconds() % Duration.ofDays(1).toSeconds() == 0) {
            return texts.get(language, "console.webinars.reminder.days", offset.toDays());
        }
        if (offset.toSeconds() % Duration.ofHours(1).toSeconds() == 0) {
            return texts.get(language, "console.webinars.reminder.hours", offset.toHours());
        }
        return texts.get(language, "console.webinars.reminder.minutes", Math.max(1, offset.toMinutes()));
    }

    private static String status(ReminderPlan plan, Language language, Texts texts) {
        long sms = plan.recipients(Channel.SMS);
        long discord = plan.recipients(Channel.DISCORD);
        return switch (plan.status()) {
            case PLANNED -> texts.get(language, "console.webinars.reminder.planned", sms, discord);
            case SENT -> texts.get(language, "console.webinars.reminder.sent", sms, discord);
            case PASSED -> texts.get(language, "console.webinars.reminder.passed");
            case NOT_SCHEDULED -> texts.get(language, "console.webinars.reminder.not-scheduled", sms, discord);
        };
    }
}
