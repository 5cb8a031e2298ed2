package org.beloved.app.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.beloved.alerts.Alerts;
import org.beloved.directory.Directory;
import org.beloved.directory.ListingCheckIns;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.beloved.webinars.Subscriptions;
import org.beloved.webinars.WebinarTimes;
import org.beloved.webinars.Webinars;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /organize/today}: what waits for an organizer (listings and claims to review), the
 * listings the check-in hid, the alerts in flight (sent in the last day or with messages still
 * waiting) with their counts, the
 * upcoming webinars with how many subscribers their reminders go to, and the last 30 days in charts
 * drawn on the server ({@link Charts}), with their numbers as tables.
 */
@Controller
class TodayPage {

    private static final int SHOWN = 10;
    private static final int ALERTS_READ = 50;
    private static final Duration IN_FLIGHT = Duration.ofDays(1);

    private final Directory directory;
    private final Webinars webinars;
    private final Subscriptions subscriptions;
    private final Charts charts;
    private final Texts texts;
    private final ListingCheckIns checkIns;
    private final Alerts alerts;
    private final Clock clock;

    TodayPage(Directory directory, Webinars webinars, Subscriptions subscriptions, Charts charts, Texts texts,
            ListingCheckIns checkIns, Alerts alerts, Clock clock) {
        this.checkIns = checkIns;
        this.alerts = alerts;
        this.clock = clock;
        this.directory = directory;
        this.webinars = webinars;
        this.subscriptions = subscriptions;
        this.charts = charts;
        this.texts = texts;
    }

    record WebinarLine(long id, String title, String when) {
    }

    @GetMapping("/organize/today")
    String today(@RequestParam(defaultValue = "en") String lang, Model model) {
        Language language = ConsolePage.prepare(model, texts, lang, "today");
        model.addAttribute("pending", directory.pending(SHOWN));
        model.addAttribute("claims", directory.pendingClaims(SHOWN));
        model.addAttribute("stale", checkIns.stale(SHOWN));
        Instant since = clock.instant().minus(IN_FLIGHT);
        model.addAttribute("alerts", alerts.newest(ALERTS_READ).stream()
                .filter(r -> r.alert().sent().isPresent())
                .filter(r -> r.waiting() > 0 || r.alert().sentAt().isAfter(since))
                .limit(SHOWN).toList());
        model.addAttribute("webinars", webinars.upcoming().stream().limit(SHOWN)
                .map(w -> new WebinarLine(w.id(), w.title(language), WebinarTimes.format(w.start(), w.timeZone(), language)))
                .toList());
        Map<Channel, Long> subscribers = subscriptions.countByChannel();
        long sms = subscribers.getOrDefault(Channel.SMS, 0L);
        long discord = subscribers.getOrDefault(Channel.DISCORD, 0L);
        model.addAttribute("reminders", texts.get(language, "console.today.reminders", sms + discord, sms, discord));
        model.addAttribute("charts", charts.lastDays(language));
        return "console/today";
    }
}
