package org.beloved.app.console;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.beloved.counties.Agreement287g;
import org.beloved.counties.CampaignStatus;
import org.beloved.counties.Counties;
import org.beloved.counties.County;
import org.beloved.counties.CountyEdit;
import org.beloved.counties.CountyEditResult;
import org.beloved.counties.DetainerPolicy;
import org.beloved.counties.MeetingEdit;
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
 * {@code /organize/counties}: find a county (a state and part of its name, or its FIPS code) and
 * change its record through {@link Counties#edit}, as {@code PUT /api/admin/counties/{fips}} does,
 * audited as {@code county.edit} by the signed-in organizer. A refused edit shows the page again
 * with what was typed and every problem.
 */
@Controller
class CountiesPage {

    private static final int RESULTS = 60;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Counties counties;
    private final Texts texts;

    CountiesPage(Counties counties, Texts texts) {
        this.counties = counties;
        this.texts = texts;
    }

    /** The form's fields: the admin API's names, the meeting's flattened, and a box to clear the meeting. */
    record CountyForm(String detainerPolicy, String agreement287g, String policyNote, String sourceUrl,
            String reviewedOn, String campaignStatus, String meetingBody, String meetingStart, String meetingTimeZone,
            String meetingUrl, Boolean clearMeeting) {

        static CountyForm of(County c) {
            return new CountyForm(c.detainerPolicy().code(), c.agreement287g().code(), c.policyNote(), c.sourceUrl(),
                    c.reviewedOn() == null ? null : c.reviewedOn().toString(), c.campaignStatus().code(),
                    c.nextMeeting().map(m -> m.body()).orElse(null),
                    c.nextMeeting().map(m -> m.start().format(LOCAL)).orElse(null),
                    c.nextMeeting().map(m -> m.timeZone().getId()).orElse(null),
                    c.nextMeeting().map(m -> m.url()).orElse(null), null);
        }

        /** No meeting when the box is ticked or every meeting field is empty. */
        CountyEdit edit() {
            boolean noMeeting = Boolean.TRUE.equals(clearMeeting) || blank(meetingBody) == null && blank(meetingStart) == null
                    && blank(meetingUrl) == null;
            MeetingEdit meeting = noMeeting ? null
                    : new MeetingEdit(blank(meetingBody), blank(meetingStart), blank(meetingTimeZone), blank(meetingUrl));
            return new CountyEdit(blank(detainerPolicy), blank(agreement287g), blank(policyNote), blank(sourceUrl),
                    blank(reviewedOn), blank(campaignStatus), meeting);
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    @GetMapping("/organize/counties")
    String page(@RequestParam(defaultValue = "en") String lang, @RequestParam(required = false) String state,
            @RequestParam(required = false) String q, @RequestParam(required = false) String fips, Model model) {
        ConsolePage.prepare(model, texts, lang, "counties");
        Optional<County> chosen = fips == null || fips.isBlank() ? Optional.empty() : counties.find(fips);
        if (fips != null && !fips.isBlank() && chosen.isEmpty()) {
            model.addAttribute("problems", List.of(texts.get(Language.fromCode(lang), "console.counties.unknown",
                    fips.strip())));
        }
        chosen.ifPresent(c -> {
            model.addAttribute("county", c);
            if (!model.containsAttribute("form")) {
                model.addAttribute("form", CountyForm.of(c));
            }
        });
        search(model, state, q);
        return "console/counties";
    }

    @PostMapping("/organize/counties/{fips}")
    String edit(@PathVariable String fips, @ModelAttribute("form") CountyForm form,
            @RequestParam(defaultValue = "en") String lang, Model model, RedirectAttributes redirect) {
        Language language = Language.fromCode(lang);
        CountyEditResult result = counties.edit(fips, form.edit(), ConsoleUsers.current().actor());
        if (result instanceof CountyEditResult.Saved saved) {
            County c = saved.county();
            redirect.addFlashAttribute("notice", texts.get(language, "console.counties.saved",
                    c.name() + ", " + c.state()));
            return "redirect:/organize/counties?lang=" + language.code() + "&fips=" + c.fips();
        }
        if (result instanceof CountyEditResult.Invalid invalid) {
            model.addAttribute("problems", invalid.problems());
            return page(lang, null, null, fips, model);
        }
        redirect.addFlashAttribute("notice", texts.get(language, "console.counties.unknown", fips));
        return "redirect:/organize/counties?lang=" + language.code();
    }

    private void search(Model model, String state, String q) {
        List<County> all = counties.all();
        model.addAttribute("states", all.stream().map(County::state).distinct().sorted().toList());
        String wantedState = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
        String wantedName = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        model.addAttribute("state", wantedState);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("policies", DetainerPolicy.values());
        model.addAttribute("agreements", Agreement287g.values());
        model.addAttribute("statuses", CampaignStatus.values());
        model.addAttribute("zones", WebinarsPage.ZONES);
        if (wantedState.isEmpty() && wantedName.isEmpty()) {
            return;
        }
        model.addAttribute("results", all.stream()
                .filter(c -> wantedState.isEmpty() || c.state().equals(wantedState))
                .filter(c -> wantedName.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(wantedName)
                        || c.fips().equals(wantedName))
                .limit(RESULTS).toList());
    }
}
