package org.beloved.counties;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What the bot says about a county, in the reader's language, in GSM-7 where the language allows:
 * the full card (COUNTY / CONDADO, Discord's /county) and the one line of a ZIP answer.
 */
@Component
public class CountyCards {

    /** At most this many congregations are named on a card; the rest are counted. */
    static final int NAMED_CONGREGATIONS = 5;
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a zzz", Locale.US);
    private static final DateTimeFormatter ES = DateTimeFormatter.ofPattern("EEE d MMM, H:mm zzz",
            Locale.forLanguageTag("es"));
    /** Without the weekday, which can take an accent (sáb): the ZIP answer's line stays GSM-7 in Spanish too. */
    private static final DateTimeFormatter ES_LINE = DateTimeFormatter.ofPattern("d MMM, H:mm zzz",
            Locale.forLanguageTag("es"));

    private final Texts texts;
    private final Function<String, List<CountyCongregation>> congregations;

    @Autowired
    CountyCards(Texts texts, Counties counties) {
        this(texts, counties::congregations);
    }

    /** @param congregations the listed congregations of a county, by FIPS */
    CountyCards(Texts texts, Function<String, List<CountyCongregation>> congregations) {
        this.texts = texts;
        this.congregations = congregations;
    }

    /** The full card: name, policy, 287(g), campaign, note, next meeting, congregations, source. */
    public String card(County county, Language language) {
        List<String> lines = new ArrayList<>();
        lines.add(t(language, "county.card.title", name(county, language), county.fips()));
        lines.add(t(language, "county.card.policy", policy(county, language)));
        lines.add(t(language, "county.card.agreement", t(language, "county.agreement." + county.agreement287g().code())));
        lines.add(t(language, "county.card.campaign", t(language, "county.campaign." + county.campaignStatus().code())));
        if (county.policyNote() != null) {
            lines.add(t(language, "county.card.note", county.policyNote()));
        }
        county.nextMeeting().ifPresent(m -> {
            lines.add(t(language, "county.card.meeting", m.body(), when(m, language)));
            if (m.url() != null) {
                lines.add(t(language, "county.card.meeting-link", m.url()));
            }
        });
        lines.add(congregations(county, language));
        if (county.sourceUrl() != null) {
            lines.add(t(language, "county.card.source", county.sourceUrl()));
        }
        if (county.reviewedOn() != null) {
            lines.add(t(language, "county.card.reviewed", county.reviewedOn().toString()));
        }
        if (!county.recorded()) {
            lines.add(t(language, "county.card.defaults"));
        }
        return String.join("\n", lines);
    }

    /**
     * The ZIP answer's line: the county, its policy (as recorded; "not recorded yet" where the
     * state's law gave the default, which the state's own line then tells), its congregations and,
     * when set, its next meeting. GSM-7 in both languages (as long as the names are), so that it
     * stays on the first SMS page beside the state's line.
     */
    public String line(County county, Language language) {
        String policy = county.recorded() ? policy(county, language) : t(language, "county.policy.unknown");
        String congregations = t(language, "county.congregations", county.congregations());
        String name = gsm(name(county, language));
        return county.nextMeeting()
                .map(m -> t(language, "county.line.meeting", name, policy, congregations, m.body(),
                        m.start().atZone(m.timeZone()).format(language == Language.ES ? ES_LINE : EN)))
                .orElseGet(() -> t(language, "county.line", name, policy, congregations));
    }

    /**
     * The name without the acute accents GSM-7 lacks (Puerto Rico's Bayamón, Río Grande: Bayamon, Rio
     * Grande), so that the line stays on the first SMS page; ñ, ü and é are GSM-7 and stay.
     */
    static String gsm(String name) {
        return name.replace('á', 'a').replace('í', 'i').replace('ó', 'o').replace('ú', 'u')
                .replace('Á', 'A').replace('Í', 'I').replace('Ó', 'O').replace('Ú', 'U');
    }

    /**
     * The county's name as people say it, with its state: {@code Travis County, TX}, {@code Condado de
     * Travis, TX}, {@code Orleans Parish, LA}, Puerto Rico's municipios as {@code San Juan Municipio, PR}
     * ({@code Municipio de San Juan, PR}); names that say what they are ({@code City of Richmond},
     * Alaska's boroughs, the Virgin Islands' islands: {@code St. Croix, VI}) stay as they are.
     */
    public String name(County county, Language language) {
        String name = county.name();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("county") || lower.contains("city") || lower.contains("borough")
                || lower.contains("parish") || lower.contains("census area") || lower.contains("municipality")
                || lower.contains("municipio") || "AK".equals(county.state()) || "VI".equals(county.state())) {
            return t(language, "county.name.plain", name, county.state());
        }
        String key = switch (county.state() == null ? "" : county.state()) {
            case "LA" -> "county.name.parish";
            case "PR" -> "county.name.municipio";
            default -> "county.name";
        };
        return t(language, key, name, county.state());
    }

    private String policy(County county, Language language) {
        return t(language, "county.policy." + county.detainerPolicy().code());
    }

    private String congregations(County county, Language language) {
        List<CountyCongregation> listed = congregations.apply(county.fips());
        if (listed.isEmpty()) {
            return t(language, "county.card.no-congregations");
        }
        String names = listed.stream().limit(NAMED_CONGREGATIONS)
                .map(c -> c.name() + " (" + c.city() + ")").collect(Collectors.joining(", "));
        if (listed.size() > NAMED_CONGREGATIONS) {
            names += " +" + (listed.size() - NAMED_CONGREGATIONS);
        }
        return t(language, "county.card.congregations", names);
    }

    private static String when(Meeting meeting, Language language) {
        return meeting.start().atZone(meeting.timeZone()).format(language == Language.ES ? ES : EN);
    }

    private String t(Language language, String key, Object... args) {
        return texts.get(language, key, args);
    }
}
