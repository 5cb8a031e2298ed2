package org.beloved.app.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.beloved.alerts.AlertDraft;
import org.beloved.alerts.AlertReport;
import org.beloved.alerts.AlertResult;
import org.beloved.alerts.Alerts;
import org.beloved.counties.Counties;
import org.beloved.counties.County;
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
 * counts, read again at each refresh. Drafts, sends and views of an alert's page are audited like
 * the admin API's, with the signed-in organizer as the actor.
 *
 * <p>The audience is picked without script too: the form's "Show its counties" button (named
 * {@code audience}) posts it back to be shown again, with everything typed, listing the chosen
 * state's counties as {@code pick} checkboxes with their detainer policy and campaign; a "Remove"
 * button (named {@code remove}, valued with a FIPS code) takes one chosen county away. Chosen
 * counties are the typed {@code counties} field and the ticked {@code pick} boxes together; the
 * map picker ({@code console-county-picker.js}) edits the same field.
 */
@Controller
class AlertsPage {

    private static final int RECENT = 20;
    private static final String ALERT = "alert";

    private final Alerts alerts;
    private final Counties counties;
    private final AuditLog audit;
    private final Texts texts;

    AlertsPage(Alerts alerts, Counties counties, AuditLog audit, Texts texts) {
        this.alerts = alerts;
        this.counties = counties;
        this.audit = audit;
        this.texts = texts;
    }

    /**
     * The compose form: counties as typed (FIPS codes apart by spaces, commas or semicolons) and as
     * ticked in the state's list ({@code pick}), channels as checked.
     */
    record AlertForm(String text, String textEs, String counties, String zip, String radiusMiles, List<String> channels,
            Boolean urgent, List<String> pick) {

        private static final Pattern APART = Pattern.compile("[\\s,;]+");

        AlertForm {
            channels = channels == null ? List.of() : List.copyOf(channels);
            pick = pick == null ? List.of() : pick.stream().filter(s -> s != null && !s.isBlank()).toList();
        }

        /** A new alert, to these counties (FIPS codes as typed), or none. */
        static AlertForm to(String counties) {
            return new AlertForm("", "", counties == null ? "" : counties, "", "", List.of("sms", "discord"), false,
                    List.of());
        }

        /** The chosen counties' FIPS codes, typed then ticked, each once, in that order. */
        List<String> fips() {
            Set<String> all = new LinkedHashSet<>();
            if (counties != null) {
                APART.splitAsStream(counties).filter(s -> !s.isBlank()).forEach(all::add);
            }
            pick.forEach(p -> all.add(p.strip()));
            return List.copyOf(all);
        }

        /** The same form with the ticked counties moved into the field, less one taken away (or none). */
        AlertForm chosen(String removed) {
            List<String> kept = fips().stream().filter(f -> !f.equals(removed == null ? null : removed.strip())).toList();
            return new AlertForm(text, textEs, String.join(", ", kept), zip, radiusMiles, channels, urgent, List.of());
        }

        /** The draft, and the problems found before it (a radius that is no number). */
        AlertDraft draft(List<String> problems) {
            List<String> fips = fips();
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

    /** A chosen county: its record, or none for a code no county has (the preview then says so). */
    record Choice(String fips, County county) {
    }

    @GetMapping("/organize/alerts")
    String compose(@RequestParam(defaultValue = "en") String lang, @RequestParam(required = false) String counties,
            Model model) {
        ConsolePage.prepare(model, texts, lang, "alerts");
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AlertForm.to(counties));
        }
        picker(model, (AlertForm) model.getAttribute("form"), null);
        model.addAttribute("recent", alerts.newest(RECENT));
        return "console/alerts";
    }

    /** "Show its counties" or "Remove": the compose page again, everything typed kept, nothing drafted. */
    @PostMapping(path = "/organize/alerts", params = "audience")
    String audience(@ModelAttribute("form") AlertForm form, @RequestParam(defaultValue = "en") String lang,
            @RequestParam(required = false) String state, Model model) {
        return again(form.chosen(null), lang, state, model);
    }

    @PostMapping(path = "/organize/alerts", params = "remove")
    String remove(@ModelAttribute("form") AlertForm form, @RequestParam String remove,
            @RequestParam(defaultValue = "en") String lang, @RequestParam(required = false) String state, Model model) {
        return again(form.chosen(remove), lang, state, model);
    }

    private String again(AlertForm form, String lang, String state, Model model) {
        ConsolePage.prepare(model, texts, lang, "alerts");
        model.addAttribute("form", form);
        picker(model, form, state);
        model.addAttribute("recent", alerts.newest(RECENT));
        return "console/alerts";
    }

    /**
     * The list picker's model: the states, the one shown (asked, or else the first chosen county's,
     * preselected for the map but not listed), its counties by name, and the chosen counties.
     */
    private void picker(Model model, AlertForm form, String state) {
        List<County> all = counties.all();
        Map<String, County> byFips = all.stream().collect(Collectors.toMap(County::fips, c -> c));
        List<Choice> chosen = form.fips().stream().map(f -> new Choice(f, byFips.get(f))).toList();
        String shown = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("states", all.stream().map(County::state).distinct().sorted().toList());
        model.addAttribute("chosen", chosen);
        model.addAttribute("chosenFips", chosen.stream().map(Choice::fips).collect(Collectors.toSet()));
        model.addAttribute("shownState", shown.isEmpty() ? chosen.stream().filter(c -> c.county() != null)
                .map(c -> c.county().state()).findFirst().orElse("") : shown);
        model.addAttribute("stateCounties", shown.isEmpty() ? null : all.stream().filter(c -> c.state().equals(shown))
                .sorted(Comparator.comparing(County::name)).toList());
    }

    @PostMapping("/organize/alerts")
    String preview(@ModelAttribute("form") AlertForm form, @RequestParam(defaultValue = "en") String lang,
            @RequestParam(required = false) String state, Model model) {
        Language language = Language.fromCode(lang);
        List<String> problems = new ArrayList<>();
        AlertDraft draft = form.draft(problems);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return again(form.chosen(null), lang, state, model);
        }
        Actor actor = ConsoleUsers.current().actor();
        AlertResult result = alerts.draft(draft, actor.label());
        if (result instanceof AlertResult.Invalid invalid) {
            model.addAttribute("problems", List.copyOf(invalid.problems().values()));
            return again(form.chosen(null), lang, state, model);
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
        audit.record(ConsoleUsers.current().actor(), AuditAction.ALERT_READ, ALERT, Long.toString(id));
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
