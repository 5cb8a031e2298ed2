package org.beloved.app.console;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.WebinarResult;
import org.beloved.webinars.WebinarTimes;
import org.beloved.webinars.Webinars;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /organize/webinars}: the upcoming webinars, each with a form to change it (filled in with
 * what it is now) and one to cancel it, and a form to schedule a new one: a start in the webinar's
 * own time zone (picked from a list), English and Spanish titles and descriptions. Through
 * {@link Webinars} as the admin API does, audited as {@code webinar.create}, {@code webinar.edit}
 * and {@code webinar.cancel} by the signed-in organizer; a refused draft shows what to fix.
 */
@Controller
class WebinarsPage {

    /** The zones offered: the US's, and Puerto Rico's. Any IANA zone the form is sent with is taken. */
    static final List<String> ZONES = List.of("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
            "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico");
    private static final String WEBINAR = "webinar";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Webinars webinars;
    private final AuditLog audit;
    private final Texts texts;

    WebinarsPage(Webinars webinars, AuditLog audit, Texts texts) {
        this.webinars = webinars;
        this.audit = audit;
        this.texts = texts;
    }

    /** A webinar as its form shows it. */
    record Line(long id, String when, WebinarForm form) {
    }

    /** The form's fields, named as the admin API's JSON names them. */
    record WebinarForm(String title, String description, String titleEs, String descriptionEs, String start,
            String timeZone, Integer durationMinutes, String joinUrl, String language) {

        static WebinarForm of(Webinar w) {
            return new WebinarForm(w.title(), w.description(), w.titleEs(), w.descriptionEs(),
                    w.start().atZone(w.timeZone()).toLocalDateTime().format(LOCAL), w.timeZone().getId(),
                    w.durationMinutes(), w.joinUrl(), w.language().code());
        }

        WebinarDraft draft() {
            return new WebinarDraft(blank(title), blank(description), blank(start), blank(timeZone), durationMinutes,
                    blank(joinUrl), blank(language), blank(titleEs), blank(descriptionEs));
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    @GetMapping("/organize/webinars")
    String page(@RequestParam(defaultValue = "en") String lang, Model model) {
        Language language = ConsolePage.prepare(model, texts, lang, "webinars");
        model.addAttribute("zones", ZONES);
        model.addAttribute("webinars", webinars.upcoming().stream()
                .map(w -> new Line(w.id(), WebinarTimes.format(w.start(), w.timeZone(), language), WebinarForm.of(w)))
                .toList());
        return "console/webinars";
    }

    @PostMapping("/organize/webinars")
    String create(@ModelAttribute WebinarForm form, @RequestParam(defaultValue = "en") String lang,
            RedirectAttributes redirect) {
        return saved(webinars.create(form.draft()), AuditAction.WEBINAR_CREATE, "console.webinars.created", lang, redirect);
    }

    @PostMapping("/organize/webinars/{id}")
    String edit(@PathVariable long id, @ModelAttribute WebinarForm form, @RequestParam(defaultValue = "en") String lang,
            RedirectAttributes redirect) {
        return saved(webinars.edit(id, form.draft()), AuditAction.WEBINAR_EDIT, "console.webinars.changed", lang, redirect);
    }

    @PostMapping("/organize/webinars/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "en") String lang, RedirectAttributes redirect) {
        Language language = Language.fromCode(lang);
        if (webinars.cancel(id)) {
            audit.record(ConsoleUsers.current().actor(), AuditAction.WEBINAR_CANCEL, WEBINAR, Long.toString(id));
            redirect.addFlashAttribute("notice", texts.get(language, "console.webinars.cancelled"));
        } else {
            redirect.addFlashAttribute("notice", texts.get(language, "console.webinars.gone"));
        }
        return "redirect:/organize/webinars?lang=" + language.code();
    }

    private String saved(WebinarResult result, AuditAction action, String notice, String lang, RedirectAttributes redirect) {
        Language language = Language.fromCode(lang);
        if (!result.problems().isEmpty()) {
            redirect.addFlashAttribute("problems", result.problems());
        } else if (result.webinar().isPresent()) {
            Webinar w = result.webinar().get();
            audit.record(ConsoleUsers.current().actor(), action, WEBINAR, Long.toString(w.id()));
            redirect.addFlashAttribute("notice", texts.get(language, notice, w.title(language)));
        } else {
            redirect.addFlashAttribute("notice", texts.get(language, "console.webinars.gone"));
        }
        return "redirect:/organize/webinars?lang=" + language.code();
    }
}
