package org.beloved.alerts;

import java.util.Locale;
import org.beloved.directory.ZipCode;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * The place an opt-in answer names: "Chicago, IL (Cook County)", "New Orleans, LA (Orleans
 * Parish)", "Puerto Rico, PR (San Juan Municipio)"; a county name that says what it is ("City and
 * County of San Francisco", "Baltimore (city)", Alaska's boroughs, the Virgin Islands' islands)
 * stays as it is.
 */
@Component
public class AlertPlaces {

    private final Texts texts;

    AlertPlaces(Texts texts) {
        this.texts = texts;
    }

    public String of(Language language, ZipCode zip) {
        String county = zip.county();
        String lower = county.toLowerCase(Locale.ROOT);
        String key = lower.contains("county") || lower.contains("city") || lower.contains("borough")
                || lower.contains("parish") || lower.contains("census area") || lower.contains("municipality")
                || "AK".equals(zip.state()) || "VI".equals(zip.state()) ? "alerts.place.plain"
                : "LA".equals(zip.state()) ? "alerts.place.parish"
                : "PR".equals(zip.state()) ? "alerts.place.municipio" : "alerts.place";
        return texts.get(language, key, zip.city(), zip.state(), county);
    }
}
