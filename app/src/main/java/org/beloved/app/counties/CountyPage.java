package org.beloved.app.counties;

import java.util.Locale;
import java.util.regex.Pattern;
import org.beloved.app.directory.WebProperties;
import org.beloved.app.web.PageTexts;
import org.beloved.counties.Counties;
import org.beloved.counties.County;
import org.beloved.counties.Meeting;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.beloved.toolkit.StateLaw;
import org.beloved.toolkit.StateTable;
import org.beloved.webinars.WebinarTimes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /county/{fips}} ({@code ?lang=es}): one county's page, rendered on the server, no script:
 * its jail's detainer policy and 287(g) agreement with their source and review date, our campaign,
 * the next public meeting in its own local time and zone, the partner congregations listed there
 * (public fields only) and how to ask the bot. An unknown FIPS code is the 404 page.
 */
@Controller
class CountyPage {

    private static final Pattern PLAIN = Pattern.compile("county|city|borough|parish|census area|municipality|region");

    private final Counties counties;
    private final StateTable states;
    private final Texts texts;
    private final WebProperties web;

    CountyPage(Counties counties, StateTable states, Texts texts, WebProperties web) {
        this.counties = counties;
        this.states = states;
        this.texts = texts;
        this.web = web;
    }

    @GetMapping("/county/{fips}")
    String county(@PathVariable String fips, @RequestParam(defaultValue = "en") String lang, Model model) {
        Language language = Language.fromCode(lang);
        County county = counties.find(fips).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                texts.get(language, "web.county.not-found")));
        StateLaw law = states.byCode(county.state()).orElse(null);
        Meeting meeting = county.nextMeeting().orElse(null);
        model.addAttribute("lang", language.code());
        model.addAttribute("other", language == Language.ES ? "en" : "es");
        model.addAttribute("t", new PageTexts(texts, language));
        model.addAttribute("web", web);
        model.addAttribute("county", county);
        model.addAttribute("title", texts.get(language, titleKey(county), county.name(),
                law == null ? county.state() : law.name(language)));
        model.addAttribute("stateLink", law == null ? null : "/toolkit/states/" + law.code() + "?lang=" + language.code());
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingIso", meeting == null ? null : meeting.instant().toString());
        model.addAttribute("meetingWhen", meeting == null ? null
                : WebinarTimes.format(meeting.instant(), meeting.timeZone(), language));
        model.addAttribute("congregations", counties.congregations(county.fips()));
        model.addAttribute("keyword", language == Language.ES ? "CONDADO%20" : "COUNTY%20");
        return "county";
    }

    /**
     * "Travis County", "Orleans Parish", "San Juan Municipio"; names that say what they are (cities, boroughs,
     * Alaska's areas, the Virgin Islands' islands) stay as they are.
     */
    static String titleKey(County county) {
        String name = county.name().toLowerCase(Locale.ROOT);
        if (PLAIN.matcher(name).find() || "AK".equals(county.state()) || "VI".equals(county.state())) {
            return "web.county.page.title.plain";
        }
        return "LA".equals(county.state()) ? "web.county.page.title.parish"
                : "PR".equals(county.state()) ? "web.county.page.title.municipio" : "web.county.page.title.county";
    }
}
