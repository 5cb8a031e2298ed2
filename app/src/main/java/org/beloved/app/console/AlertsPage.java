package org.beloved.app.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.beloved.alerts.AlertDraft;
import org.beloved.alerts.AlertReport;
import org.beloved.alerts.AlertResult;
import org.beloved.alerts.Alerts;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /organize/alerts}: compose an action alert in both languages for a list of counties (FIPS
 * codes; {@code ?counties=} fills it in, as the Counties page's link does) or a ZIP and radius; "Preview" drafts it through {@link Alerts#draft}, as
 * {@code POST /api/admin/alerts} does, and shows {@code /organize/alerts/{id}}: whom it reaches by
 * channel, each language's SMS segments and the estimated cost. Sending takes two steps (the
 * preview's "Send" opens a confirmation whose button posts), then the page shows the delivery
 * counts, read again at each refresh. Drafts and sends are audited like the admin API's, with the
 * signed-in organizer as the actor.
 */
@Controller
class AlertsPage {

    private static final int RECENT = 20;
    private static final String ALERT = "alert";

    private final Alerts alerts;
    private final AuditLog audit;
    private final Texts texts;

    AlertsPage(Alerts alerts, AuditLog audit, Texts texts) {
        this.alerts = alerts;
        this.audit = audit;
        this.texts = texts;
    }

    /** The compose form: counties as typed (FIPS codes apart by spaces or commas), channels as checked. */
    record AlertForm(String text, String textEs, String counties, String zip, String radiusMiles, List<String> channels,
            Boolean urgent) {

        AlertForm {
            channels = channels == null ? List.of() : List.copyOf(channels);
        }

        /** A new alert, to these counties (FIPS codes as typed), or none. */
        static AlertForm to(String counties) {
            return new AlertForm("", "", counties == null ? "" : counties, "", "", List.of("sms", "discord"), false);
        }

        /** The draft, and the problems found before it (a radius that is no number). */
        AlertDraft draft(List<String> problems) {
            List<String> fips = counties == null ? List.of()
                    : Arrays.stream(counties.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
            Double radius = null;
            if (radiusMiles != null && !radiusMiles.isBlank()) {
                try {
                    radius = Double.valueOf(radiusMiles.strip());
                } catch (NumberFormatException e) {
                    problems.add("radiusMiles must be a number of miles");
                }
            }
            return new AlertDraft(blank(text), blank(textEs), fips.isEmpty() ? null : fips, blank(zip), radius,
                    channels, Boolean.TRUE.equals(urgent));
        }

        public boolean has(String channel) {
            return channels.contains(channel);
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    @GetMapping("/organize/alerts")
    String compose(@RequestParam(defaultValue = "en") String lang, @RequestParam(required = false) String counties,
            Model model) {
        ConsolePage.prepare(model, texts, lang, "alerts");
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AlertForm.to(counties));
        }
        model.addAttribute("recent", alerts.newest(RECENT));
        return "console/alerts";
    }

    @PostMapping("/organize/alerts")
    String preview(@ModelAttribute("form") AlertForm form, @RequestParam(defaultValue = "en") String lang, Model model) {
        Language language = Language.fromCode(lang);
        List<String> problems = new ArrayList<>();
        AlertDraft draft = form.draft(problems);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return compose(lang, null, model);
        }
        Actor actor = ConsoleUsers.current().actor();
        AlertResult result = alerts.draft(draft, actor.label());
        if (result instanceof AlertResult.Invalid invalid) {
            model.addAttribute("problems", List.copyOf(invalid.problems().values()));
            return compose(lang, null, model);
        }
        long id = ((AlertResult.Drafted) result).alert().id();
        audit.record(actor, draft.urgent() != null && draft.urgent() ? AuditAction.ALERT_CREATE_URGENT
                : AuditAction.ALERT_CREATE, ALERT, Long.toString(id));
        return "redirect:/organize/alerts/" + id + "?lang=" + language.code();
    }

    @GetMapping("/organize/alerts/{id}")
    String alert(@PathVariable long id, @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "false") boolean confirm, Model model, RedirectAttributes redirect) {
        Language language = ConsolePage.prepare(model, texts, lang, "alerts");
        Optional<AlertReport> report = alerts.report(id);
        if (report.isEmpty()) {
            redirect.addFlashAttribute("notice", texts.get(language, "console.alerts.gone"));
            return "redirect:/organize/alerts?lang=" + language.code();
        }
        model.addAttribute("report", report.get());
        model.addAttribute("alert", report.get().alert());
        model.addAttribute("preview", report.get().alert().preview());
        model.addAttribute("confirm", confirm && report.get().alert().sent().isEmpty());
        return "console/alert";
    }

    @PostMapping("/organize/alerts/{id}/send")
    String send(@PathVariable long id, @RequestParam(defaultValue = "en") String lang, RedirectAttributes redirect) {
        Language language = Language.fromCode(lang);
        boolean unsent = alerts.find(id).filter(a -> a.sent().isEmpty()).isPresent();
        Optional<AlertReport> report = alerts.send(id);
        if (report.isEmpty()) {
            redirect.addFlashAttribute("notice", texts.get(language, "console.alerts.gone"));
            return "redirect:/organize/alerts?lang=" + language.code();
        }
        audit.record(ConsoleUsers.current().actor(), report.get().alert().urgent() ? AuditAction.ALERT_SEND_URGENT
                : AuditAction.ALERT_SEND, ALERT, Long.toString(id));
        redirect.addFlashAttribute("notice", texts.get(language,
                unsent ? "console.alerts.sent" : "console.alerts.already-sent", report.get().alert().enqueued()));
        return "redirect:/organize/alerts/" + id + "?lang=" + language.code();
    }
}
