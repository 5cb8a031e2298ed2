package org.beloved.app.console;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.beloved.webinars.ReminderPlan;
import org.beloved.webinars.ReminderPlans;
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
 * {@code /organize/webinars}: the upcoming webinars, each with when its reminders go out (or went),
 * a form to change it (filled in with what it is now) and one to cancel it, and a form to schedule a
 * new one: a start in the webinar's own time zone (picked from a list), English and Spanish titles
 * and descriptions. Through {@link Webinars} as the admin API does, audited as {@code webinar.create},
 * {@code webinar.edit} and {@code webinar.cancel} by the signed-in organizer; a refused draft shows
 * what to fix. A change sends only the fields the organizer changed, as the admin API's PATCH does
 * ({@link WebinarEdit}): a field someone else changed meanwhile is kept, or, if the organizer
 * changed it too, shown as a conflict and not saved; a form sent unchanged saves and audits nothing.
 */
@Controller
class WebinarsPage {

    /** The zones offered: the US's, and Puerto Rico's. Any IANA zone the form is sent with is taken. */
    static final List<String> ZONES = List.of("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
            "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico");
    private static final String WEBINAR = "webinar";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** The text key of each field's label, by field name. */
    private static final Map<String, String> LABELS = Map.of("title", "title", "description", "description",
            "titleEs", "title-es", "descriptionEs", "description-es", "start", "start", "timeZone", "zone",
            "durationMinutes", "duration", "joinUrl", "join-url", "language", "language");

    private final Webinars webinars;
    private final ReminderPlans reminders;
    private final AuditLog audit;
    private final Texts texts;

    WebinarsPage(Webinars webinars, ReminderPlans reminders, AuditLog audit, Texts texts) {
        this.webinars = webinars;
        this.reminders = reminders;
        this.audit = audit;
        this.texts = texts;
    }

    /** A webinar as its form shows it, with its reminders. */
    record Line(long id, String when, WebinarForm form, List<ReminderLine> reminders) {
    }

    /** The form's fields, named as the admin API's JSON names them. */
    record WebinarForm(String title, String description, String titleEs, String descriptionEs, String start,
            String timeZone, Integer durationMinutes, String joinUrl, String language) {

        static WebinarForm of(Webinar w) {
            return new WebinarForm(w.title(), w.description(), w.titleEs(), w.descriptionEs(),
                    w.start().atZone(w.timeZone()).toLocalDateTime().format(LOCAL), w.timeZone().getId(),
                    w.durationMinutes(), w.joinUrl(), w.language().code());
        }

        /** The fields as the form writes them, by name: also what the edit form says each was. */
        public Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>(WebinarEdit.values(draft()));
            values.replaceAll((field, value) -> value == null ? "" : value);
            return values;
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
        model.addAttribute("webinars", reminders.of(webinars.upcoming()).entrySet().stream()
                .map(e -> line(e.getKey(), e.getValue(), language))
                .toList());
        return "console/webinars";
    }

    private Line line(Webinar w, List<ReminderPlan> plans, Language language) {
        return new Line(w.id(), WebinarTimes.format(w.start(), w.timeZone(), language), WebinarForm.of(w),
                plans.stream().map(r -> ReminderLine.of(r, w, language, texts)).toList());
    }

    @PostMapping("/organize/webinars")
    String create(@ModelAttribute WebinarForm form, @RequestParam(defaultValue = "en") String lang,
            RedirectAttributes redirect) {
        return saved(webinars.create(form.draft()), AuditAction.WEBINAR_CREATE, List.of(), "console.webinars.created", "",
                lang, redirect);
    }

    @PostMapping("/organize/webinars/{id}")
    String edit(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "en") String lang, RedirectAttributes redirect) {
        Language language = Language.fromCode(lang);
        Optional<WebinarEdit> edit = WebinarEdit.of(params);
        if (edit.isEmpty()) {
            redirect.addFlashAttribute("problems", List.of(texts.get(language, "console.webinars.stale")));
            return "redirect:/organize/webinars?lang=" + language.code();
        }
        List<String> changed = edit.get().changed();
        if (changed.isEmpty()) {
            redirect.addFlashAttribute("notice", webinars.find(id).filter(w -> w.status() == Webinar.Status.SCHEDULED)
                    .map(w -> texts.get(language, "console.webinars.unchanged", w.title(language)))
                    .orElse(texts.get(language, "console.webinars.gone")));
            return "redirect:/organize/webinars?lang=" + language.code();
        }
        WebinarResult result;
        try {
            result = webinars.patch(id, edit.get()::applyTo);
        } catch (EditConflict conflicted) {
            redirect.addFlashAttribute("conflict", texts.get(language, "console.webinars.conflict"));
            redirect.addFlashAttribute("conflicts", conflicted.fields().stream()
                    .map(c -> texts.get(language, "console.webinars.conflict.field", label(c.field(), language),
                            c.stored(), c.yours()))
                    .toList());
            return "redirect:/organize/webinars?lang=" + language.code();
        }
        String labels = changed.stream().map(f -> label(f, language)).collect(Collectors.joining(", "));
        return saved(result, AuditAction.WEBINAR_EDIT, changed, "console.webinars.changed", labels, lang, redirect);
    }

    private String label(String field, Language language) {
        return texts.get(language, "console.webinars.field." + LABELS.get(field));
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

    private String saved(WebinarResult result, AuditAction action, List<String> fields, String notice, String changed,
            String lang, RedirectAttributes redirect) {
        Language language = Language.fromCode(lang);
        if (!result.problems().isEmpty()) {
            redirect.addFlashAttribute("problems", result.problems());
        } else if (result.webinar().isPresent()) {
            Webinar w = result.webinar().get();
            audit.record(ConsoleUsers.current().actor(), action, WEBINAR, Long.toString(w.id()), fields);
            redirect.addFlashAttribute("notice", texts.get(language, notice, w.title(language), changed));
        } else {
            redirect.addFlashAttribute("notice", texts.get(language, "console.webinars.gone"));
        }
        return "redirect:/organize/webinars?lang=" + language.code();
    }
}
