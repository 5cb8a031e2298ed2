package org.beloved.webinars;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import org.beloved.shared.Language;

/**
 * Time zones as people say them, in both languages: "Central time", "hora del Pacífico", never
 * "America/Chicago". U.S. zones by their everyday names (grouped by the CLDR generic name, so that
 * America/Indiana/Indianapolis is Eastern time too); any other zone by its CLDR name.
 */
public final class ZoneNames {

    private record Name(String en, String es) {
    }

    /** By the CLDR English generic name of the zone. */
    private static final Map<String, Name> US = Map.of(
            "Eastern Time", new Name("Eastern time", "hora del este"),
            "Central Time", new Name("Central time", "hora del centro"),
            "Mountain Time", new Name("Mountain time", "hora de la montaña"),
            "Pacific Time", new Name("Pacific time", "hora del Pacífico"),
            "Alaska Time", new Name("Alaska time", "hora de Alaska"),
            "Hawaii-Aleutian Time", new Name("Hawaii time", "hora de Hawái"),
            "Atlantic Time", new Name("Atlantic time", "hora del Atlántico"),
            "Chamorro Time", new Name("Guam time", "hora de Guam"));

    /** Zones that share a generic name but that their people name otherwise. */
    private static final Map<String, Name> BY_ID = Map.of(
            "America/Phoenix", new Name("Arizona time", "hora de Arizona"),
            "America/Puerto_Rico", new Name("Puerto Rico time", "hora de Puerto Rico"));

    private ZoneNames() {
    }

    /** "Hawaii time" / "hora de Hawái": a phrase to put in a sentence as it is. */
    public static String of(ZoneId zone, Language language) {
        Name name = BY_ID.getOrDefault(zone.getId(), US.get(zone.getDisplayName(TextStyle.FULL, Locale.US)));
        if (name != null) {
            return language == Language.ES ? name.es() : name.en();
        }
        if (zone instanceof ZoneOffset || zone.normalized() instanceof ZoneOffset) {
            String offset = zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : "UTC" + zone.normalized().getId();
            return language == Language.ES ? "hora " + offset : offset + " time";
        }
        if (language == Language.ES) {
            String es = zone.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("es"));
            return Character.toLowerCase(es.charAt(0)) + es.substring(1);
        }
        return zone.getDisplayName(TextStyle.FULL, Locale.US).replace(" Time", " time");
    }
}
