package org.beloved.app.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beloved.app.directory.WebProperties;
import org.beloved.counties.Agreement287g;
import org.beloved.counties.CampaignStatus;
import org.beloved.counties.DetainerPolicy;
import org.beloved.directory.Tradition;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.beloved.toolkit.StateTable;
import org.beloved.toolkit.Toolkit;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarTimes;
import org.beloved.webinars.Webinars;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public home page ({@code /}, {@code ?lang=es}): rendered on the server, complete without
 * JavaScript except for the map, the searches and the simulator, which its small scripts add.
 */
@Controller
class HomePage {

    /** The sentences the page's scripts need, in the page's language. */
    static final List<String> SCRIPT_KEYS = List.of("web.map.failed", "web.map.count", "web.map.count-one",
            "web.map.cluster", "web.map.contact", "web.connect.action", "web.connect.text", "web.map.zoom-in", "web.map.zoom-out", "web.map.close",
            "web.find.bad-zip", "web.find.failed", "web.find.none", "web.find.nearest-beyond", "web.find.sign-up-hint",
            "web.find.results", "web.find.locating", "web.find.no-location", "web.find.miles", "web.signup.failed",
            "web.try.failed", "web.try.unavailable", "web.webinars.local-note", "web.county.policy", "web.county.287g", "web.county.campaign",
            "web.county.congregations", "web.county.congregations-one", "web.county.meeting", "web.county.default",
            "web.county.more", "web.county.name", "web.county.name.county", "web.county.name.parish",
            "web.county.name.municipio", "web.county.campaigns", "web.county.campaigns-one", "web.county.failed");

    /** The county layer's codes, as {@code GET /api/counties} writes them (their sentences: {@code web.county.<kind>.<code>}). */
    static final List<String> POLICIES = Arrays.stream(DetainerPolicy.values()).map(DetainerPolicy::code).toList();
    static final List<String> AGREEMENTS = Arrays.stream(Agreement287g.values()).map(Agreement287g::code).toList();
    static final List<String> CAMPAIGNS = Arrays.stream(CampaignStatus.values()).map(CampaignStatus::code).toList();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Toolkit toolkit;
    private final Webinars webinars;
    private final Texts texts;
    private final WebProperties web;
    private final StateTable states;

    HomePage(Toolkit toolkit, Webinars webinars, Texts texts, WebProperties web, StateTable states) {
        this.toolkit = toolkit;
        this.webinars = webinars;
        this.texts = texts;
        this.web = web;
        this.states = states;
    }

    /** A webinar as the page shows it; {@code when} is in the organizer's zone until the script shows the visitor's. */
    record WebinarView(String title, String description, String startIso, String when, String joinUrl) {
    }

    record Choice(String value, String label) {
    }

    @GetMapping("/")
    String home(@RequestParam(defaultValue = "en") String lang, Model model) {
        Language language = Language.fromCode(lang);
        model.addAttribute("lang", language.code());
        model.addAttribute("other", language == Language.ES ? "en" : "es");
        model.addAttribute("t", new PageTexts(texts, language));
        model.addAttribute("web", web);
        model.addAttribute("sections", toolkit.sections(language));
        model.addAttribute("webinars", webinars.upcoming().stream().limit(10).map(w -> view(w, language)).toList());
        model.addAttribute("traditions", Arrays.stream(Tradition.values())
                .map(t -> new Choice(t.name(), texts.get(language, t.key()))).toList());
        model.addAttribute("countyPolicies", POLICIES);
        model.addAttribute("countyCampaigns", CAMPAIGNS);
        model.addAttribute("scriptTexts", scriptTexts(language));
        return "home";
    }

    private static WebinarView view(Webinar w, Language language) {
        return new WebinarView(w.title(language), w.description(language), w.start().toString(),
                WebinarTimes.format(w.start(), w.timeZone(), language), w.joinUrl());
    }

    /** JSON for a {@code <script type="application/json">}; every "<" is escaped so no text can close or confuse the element. */
    private String scriptTexts(Language language) {
        Map<String, String> map = new LinkedHashMap<>();
        SCRIPT_KEYS.forEach(k -> map.put(k.substring("web.".length()), texts.get(language, k)));
        for (Tradition t : Tradition.values()) {
            map.put("tradition." + t.name(), texts.get(language, t.key()));
        }
        POLICIES.forEach(c -> map.put("county.policy." + c, texts.get(language, "web.county.policy." + c)));
        AGREEMENTS.forEach(c -> map.put("county.287g." + c, texts.get(language, "web.county.287g." + c)));
        CAMPAIGNS.forEach(c -> map.put("county.campaign." + c, texts.get(language, "web.county.campaign." + c)));
        states.states().forEach(s -> map.put("state." + s.code(), s.name(language)));
        if (web.hasSmsNumber()) {   // without the bot's number, the page offers no CONNECT
            map.put("connect.number", web.smsNumber());
            map.put("connect.keyword", language == Language.ES ? "CONECTAR" : "CONNECT");
        }
        return JSON.writeValueAsString(map).replace("<", "\\u003c");
    }
}
